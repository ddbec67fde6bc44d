/* @@ia-map: draws the page's FeatureCollection on a Leaflet map.
   The same features are in the page's table (the page works without JS). */
(function () {
  "use strict";
  var element = document.getElementById("ia-map");
  var source = document.getElementById("ia-map-data");
  if (!element || !source || typeof L === "undefined") {
    return;
  }
  var settings = JSON.parse(element.getAttribute("data-settings"));
  var data = JSON.parse(source.textContent);
  var titles = {};
  (data.layers || []).forEach(function (layer) {
    titles[layer.id] = layer.properties || [];
  });
  var map = L.map(element, { keyboard: true }).setView(settings.center, settings.zoom);
  L.tileLayer(settings.tiles, {
    attribution: settings.attribution,
    maxZoom: 19,
  }).addTo(map);

  function text(value) {
    var span = document.createElement("span");
    span.textContent = value === null || value === undefined ? "" : String(value);
    return span.innerHTML;
  }

  function popup(properties) {
    var lines = [
      '<a href="' + encodeURI(properties.url) + '"><strong>' + text(properties.title) + "</strong></a>",
      text(properties.reference),
      text(properties.type) + " — " + text(properties.state),
    ];
    (titles[properties.layer] || []).forEach(function (pair) {
      lines.push(text(pair[1]) + " : " + text(properties[pair[0]]));
    });
    return lines.filter(Boolean).join("<br>");
  }

  var shapes = L.geoJSON(data, {
    // polygons (parcels): an outline that lets the tiles show through
    style: function () {
      return { weight: 2, fillOpacity: 0.2 };
    },
    onEachFeature: function (feature, layer) {
      layer.bindPopup(popup(feature.properties));
      if (layer.options) {
        layer.options.title = feature.properties.title;
        layer.options.alt = feature.properties.title;
      }
    },
  }).addTo(map);
  if (data.features && data.features.length) {
    map.fitBounds(shapes.getBounds(), { maxZoom: 17, padding: [20, 20] });
  }
})();
