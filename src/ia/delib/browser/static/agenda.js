/* Drag and drop of the agenda rows (meeting page, meeting managers only).
 * Plain HTML5 drag and drop, no build step. A dropped row is POSTed to the
 * meeting's @ia-agenda endpoint ({"item": uid, "position": n}); the answer's
 * numbers re-render the table; a refusal shows its message and restores the
 * order. The "monter"/"descendre" forms stay the keyboard way. */
(function () {
  "use strict";
  var agenda = document.getElementById("ia-agenda");
  if (!agenda || agenda.dataset.sortable !== "true") {
    return;
  }
  var message = document.getElementById("ia-agenda-message");
  var dragged = null;

  function showError(text) {
    message.textContent = text;
    message.classList.remove("d-none");
  }

  function rows() {
    return Array.prototype.slice.call(agenda.querySelectorAll("tr.ia-agenda-row"));
  }

  function render(data) {
    var numbers = {};
    data.items.forEach(function (item) { numbers[item.UID] = item.number; });
    agenda.querySelectorAll("tbody").forEach(function (tbody) {
      var own = Array.prototype.slice.call(tbody.querySelectorAll("tr.ia-agenda-row"));
      own.sort(function (a, b) { return numbers[a.dataset.uid] - numbers[b.dataset.uid]; });
      own.forEach(function (row) {
        var number = numbers[row.dataset.uid];
        row.querySelector(".ia-agenda-number").textContent = number;
        var input = row.querySelector("input[name=position]");
        if (input) { input.value = number; }
        tbody.appendChild(row);
      });
    });
  }

  function snapshot() {
    return rows().map(function (row) { return [row.parentNode, row]; });
  }

  function restore(saved) {
    saved.forEach(function (pair) { pair[0].appendChild(pair[1]); });
  }

  function send(row, saved) {
    var previous = row.previousElementSibling;
    var next = row.nextElementSibling;
    var position;
    if (previous) {
      position = parseInt(previous.querySelector(".ia-agenda-number").textContent, 10);
      var current = parseInt(row.querySelector(".ia-agenda-number").textContent, 10);
      if (current > position) { position += 1; }
    } else {
      position = parseInt(next.querySelector(".ia-agenda-number").textContent, 10);
    }
    fetch(agenda.dataset.apiUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Accept": "application/json", "Content-Type": "application/json" },
      body: JSON.stringify({ item: row.dataset.uid, position: position })
    }).then(function (response) {
      return response.json().then(
        function (data) { return [response.ok, data, response.statusText]; },
        function () { return [false, {}, response.statusText]; }
      );
    }).then(function (result) {
      if (result[0]) {
        message.classList.add("d-none");
        render(result[1]);
      } else {
        restore(saved);
        showError(result[1].error ? result[1].error.message : result[2]);
      }
    }).catch(function (error) {
      restore(saved);
      showError(String(error));
    });
  }

  var saved = null;
  rows().forEach(function (row) {
    row.addEventListener("dragstart", function (event) {
      dragged = row;
      saved = snapshot();
      row.classList.add("ia-dragging");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", row.dataset.uid);
    });
    row.addEventListener("dragend", function () {
      row.classList.remove("ia-dragging");
    });
    row.addEventListener("dragover", function (event) {
      if (!dragged || dragged === row || dragged.parentNode !== row.parentNode) {
        return; /* an item never leaves its section by a move */
      }
      event.preventDefault();
      var box = row.getBoundingClientRect();
      var after = event.clientY > box.top + box.height / 2;
      row.parentNode.insertBefore(dragged, after ? row.nextSibling : row);
    });
    row.addEventListener("drop", function (event) {
      event.preventDefault();
      if (dragged) {
        send(dragged, saved);
        dragged = null;
      }
    });
  });
})();
