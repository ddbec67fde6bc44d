/* iA.Delib — live session console (@@ia-session). Plain JS, no build step.
 * Reads GET <meeting>/@ia-session, posts to @ia-session/attendance,
 * <item>/@ia-votes and <item>/@ia-decision, and redraws the page in place. */
(function () {
  "use strict";
  var root = document.getElementById("ia-session");
  if (!root) { return; }
  var labels = JSON.parse(root.getAttribute("data-labels") || "{}");
  var sessionUrl = root.getAttribute("data-session-url");
  var data = null;
  var currentUid = root.getAttribute("data-current");
  var $ = function (sel, ctx) { return (ctx || root).querySelector(sel); };
  var $$ = function (sel, ctx) { return Array.prototype.slice.call((ctx || root).querySelectorAll(sel)); };

  function esc(text) {
    var div = document.createElement("div");
    div.textContent = text == null ? "" : String(text);
    return div.innerHTML;
  }

  function status(message, isError) {
    var el = document.getElementById("ia-session-status");
    el.textContent = message || "";
    el.className = isError ? "error" : "ok";
  }

  function call(method, url, body) {
    var options = {
      method: method,
      credentials: "same-origin",
      headers: { "Accept": "application/json", "Content-Type": "application/json" }
    };
    if (body !== undefined) { options.body = JSON.stringify(body); }
    return fetch(url, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) {
          throw new Error((json.error && json.error.message) || labels.error);
        }
        return json;
      });
    });
  }

  function current() {
    if (!data) { return null; }
    for (var i = 0; i < data.items.length; i++) {
      if (data.items[i].UID === currentUid) { return data.items[i]; }
    }
    return data.items[0] || null;
  }

  function names() {
    var result = {};
    data.attendees.forEach(function (a) { result[a.uid] = a.name; });
    return result;
  }

  function renderAgenda() {
    $$(".ia-session-row").forEach(function (li) {
      var uid = li.getAttribute("data-uid");
      var isCurrent = uid === currentUid;
      li.classList.toggle("current", isCurrent);
      if (isCurrent) { li.setAttribute("aria-current", "true"); } else { li.removeAttribute("aria-current"); }
      data.items.forEach(function (row) {
        if (row.UID === uid) {
          var badge = $(".ia-state", li);
          badge.setAttribute("data-state", row.review_state);
          badge.textContent = row.review_state_title;
        }
      });
    });
    var guests = $("#ia-session-guests");
    guests.innerHTML = data.guests.map(function (g) { return "<li>" + esc(g) + "</li>"; }).join("");
    $("#ia-session-guests-text").value = data.guests.join("\n");
    renderMeetingPresence();
  }

  function renderMeetingPresence() {
    $("#ia-session-presence-rows").innerHTML = data.attendees.map(function (a) {
      var presence = Object.keys(labels.presences).map(function (p) {
        return '<option value="' + p + '"' + (p === a.presence ? " selected" : "") + ">" +
          esc(labels.presences[p]) + "</option>";
      }).join("");
      var holders = ['<option value="">' + esc(labels.none) + "</option>"].concat(
        data.attendees.map(function (o) {
          return '<option value="' + esc(o.uid) + '"' + (o.uid === a.proxy_uid ? " selected" : "") +
            ">" + esc(o.name) + "</option>";
        })).join("");
      return '<tr data-uid="' + esc(a.uid) + '"><td>' + esc(a.name) + "</td><td>" +
        '<select class="ia-presence-select">' + presence + "</select> " +
        '<select class="ia-proxy-select"' + (a.presence === "proxy" ? "" : " hidden") + ">" +
        holders + "</select></td></tr>";
    }).join("");
  }

  function attendanceCall(body) {
    return call("POST", sessionUrl + "/attendance", body)
      .then(function (json) { data = json; render(); status(labels.saved); })
      .catch(function (e) { status(e.message, true); if (data) { render(); } });
  }

  function presenceChanged(row) {
    var presence = $(".ia-presence-select", row).value;
    var holder = $(".ia-proxy-select", row);
    holder.hidden = presence !== "proxy";
    if (presence === "proxy" && !holder.value) { holder.focus(); return; }
    attendanceCall({
      action: "presence", uid: row.getAttribute("data-uid"), presence: presence,
      proxy_uid: presence === "proxy" ? holder.value : null
    });
  }

  function renderPeople(row) {
    var here = {};
    row.presents.forEach(function (uid) { here[uid] = true; });
    $("#ia-session-people tbody").innerHTML = data.attendees.map(function (a) {
      var presence = labels.presences[a.presence] + (a.proxy_name ? " → " + a.proxy_name : "");
      var isHere = !!here[a.uid];
      return '<tr data-uid="' + esc(a.uid) + '" class="' + (isHere ? "here" : "away") + '">' +
        '<td class="ia-name"><span>' + esc(a.name) + "</span> <small>" + esc(a.function) + "</small>" +
        (a.voting ? "" : ' <small class="ia-no-vote">' + esc(labels.without_vote) + "</small>") + "</td>" +
        '<td class="ia-presence">' + esc(presence) + "</td>" +
        '<td class="ia-here">' + esc(isHere ? labels.present : labels.not_present) + "</td>" +
        '<td><button type="button" class="btn btn-sm btn-outline-secondary ia-move" data-move="' +
        (isHere ? "leave" : "arrive") + '">' + esc(isHere ? labels.leave : labels.arrive) + "</button></td></tr>";
    }).join("");
  }

  function renderVotes(row) {
    var form = $("#ia-session-votes");
    var votes = row.votes;
    $("#ia-session-votes-summary").textContent = votes
      ? labels.votes_recorded + " " + votes.yes + " / " + votes.no + " / " + votes.abstain +
        (votes.secret ? " (" + labels.secret + ")" : "")
      : labels.no_vote;
    form.secret.checked = !!(votes && votes.secret);
    form.per_voter.checked = !!(votes && Object.keys(votes.by_voter || {}).length);
    ["yes", "no", "abstain"].forEach(function (k) { form[k].value = votes ? votes[k] : ""; });
    var who = names();
    var byVoter = (votes && votes.by_voter) || {};
    $("#ia-session-voters tbody").innerHTML = row.voters.map(function (uid) {
      var options = ["", "yes", "no", "abstain"].map(function (v) {
        return '<option value="' + v + '"' + (byVoter[uid] === v ? " selected" : "") + ">" +
          esc(v ? labels[v] : labels.none) + "</option>";
      }).join("");
      return '<tr data-uid="' + esc(uid) + '"><td>' + esc(who[uid] || uid) +
        '</td><td><select name="vote-' + esc(uid) + '">' + options + "</select></td></tr>";
    }).join("");
    syncVoteMode();
  }

  function syncVoteMode() {
    var form = $("#ia-session-votes");
    if (form.secret.checked) { form.per_voter.checked = false; }
    form.per_voter.disabled = form.secret.checked;
    form.classList.toggle("per-voter", form.per_voter.checked);
  }

  function urgencySummary(row) {
    var outcome = row.urgency || "none";
    var votes = row.urgency_votes || {};
    return (labels.urgency[outcome] || "").replace(/\$\{(yes|no|abstain)\}/g, function (m, k) {
      return votes[k] == null ? 0 : votes[k];
    });
  }

  function renderUrgency(row) {
    var form = $("#ia-session-urgency");
    if (!form) { return; }
    form.hidden = row.list_type !== "emergency";
    form.setAttribute("data-outcome", row.urgency || "");
    $("#ia-session-urgency-summary").textContent = urgencySummary(row);
    var votes = row.urgency_votes;
    ["yes", "no", "abstain"].forEach(function (k) { form[k].value = votes ? votes[k] : ""; });
  }

  function saveUrgency() {
    var form = $("#ia-session-urgency");
    var row = current();
    var body = { urgency: true };
    ["yes", "no", "abstain"].forEach(function (k) {
      if (form[k].value !== "") { body[k] = Number(form[k].value); }
    });
    call("POST", row["@id"] + "/@ia-votes", body)
      .then(function (json) { replaceRow(json); render(); status(labels.saved); })
      .catch(function (e) { status(e.message, true); });
  }

  function urgencyUnanimity() {
    var form = $("#ia-session-urgency");
    var row = current();
    if (!form || form.hidden) { return; }
    form.yes.value = row.voters.length;
    form.no.value = 0;
    form.abstain.value = 0;
    form.yes.focus();
  }

  function renderDecisions(row) {
    $$("#ia-session-decisions button").forEach(function (button) {
      button.disabled = row.allowed_decisions.indexOf(button.getAttribute("data-transition")) < 0;
    });
  }

  function render() {
    var row = current();
    if (!row) { return; }
    currentUid = row.UID;
    var pane = $("#ia-session-item");
    pane.setAttribute("data-uid", row.UID);
    pane.setAttribute("data-url", row["@id"]);
    var heading = $("h2", pane);
    heading.innerHTML = '<span class="ia-num">' + esc(row.number) + '</span>. <a href="' +
      esc(row["@id"]) + '">' + esc(row.title) + "</a>";
    $("#ia-session-item-state strong").textContent = row.review_state_title;
    renderAgenda();
    renderPeople(row);
    renderUrgency(row);
    renderVotes(row);
    $("#ia-session-decision").value = row.decision || "";
    renderDecisions(row);
  }

  function replaceRow(row) {
    data.items = data.items.map(function (old) { return old.UID === row.UID ? row : old; });
  }

  function go(step) {
    if (!data || !data.items.length) { return; }
    var index = 0;
    data.items.forEach(function (row, i) { if (row.UID === currentUid) { index = i; } });
    index = Math.max(0, Math.min(data.items.length - 1, index + step));
    select(data.items[index].UID);
  }

  function select(uid) {
    currentUid = uid;
    history.replaceState(null, "", "?item=" + encodeURIComponent(uid));
    render();
    status("");
  }

  function move(uid, action) {
    attendanceCall({
      action: action, item: current().UID, uid: uid, onwards: $("#ia-session-onwards").checked
    });
  }

  function saveVotes() {
    var form = $("#ia-session-votes");
    var row = current();
    var body = { secret: form.secret.checked };
    if (form.per_voter.checked && !form.secret.checked) {
      body.by_voter = {};
      $$("#ia-session-voters select").forEach(function (select) {
        if (select.value) { body.by_voter[select.name.slice(5)] = select.value; }
      });
    } else {
      ["yes", "no", "abstain"].forEach(function (k) {
        if (form[k].value !== "") { body[k] = Number(form[k].value); }
      });
    }
    call("POST", row["@id"] + "/@ia-votes", body)
      .then(function (json) { replaceRow(json); render(); status(labels.saved); })
      .catch(function (e) { status(e.message, true); });
  }

  function unanimity() {
    var form = $("#ia-session-votes");
    var row = current();
    form.per_voter.checked = false;
    syncVoteMode();
    form.yes.value = row.voters.length;
    form.no.value = 0;
    form.abstain.value = 0;
    form.yes.focus();
  }

  function decide(transition) {
    var row = current();
    var button = $('#ia-session-decisions button[data-transition="' + transition + '"]');
    if (!row || !button || button.disabled) { return; }
    var title = labels.decisions[transition].title;
    if (!window.confirm(labels.confirm.replace("${decision}", title))) { return; }
    call("POST", row["@id"] + "/@ia-decision", {
      transition: transition, decision: $("#ia-session-decision").value
    }).then(function (json) {
      replaceRow(json);
      render();
      status(labels.saved);
    }).catch(function (e) { status(e.message, true); });
  }

  function toggleHelp() {
    var dialog = document.getElementById("ia-session-shortcuts");
    if (dialog.open) { dialog.close(); } else if (dialog.showModal) { dialog.showModal(); }
  }

  var decisionKeys = {};
  Object.keys(labels.decisions || {}).forEach(function (t) { decisionKeys[labels.decisions[t].key] = t; });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    var tag = (event.target.tagName || "").toLowerCase();
    var inField = tag === "input" || tag === "textarea" || tag === "select";
    if (inField) {
      if (event.key === "Escape") { event.target.blur(); }
      if (event.key === "Enter" && tag !== "textarea" && event.target.form &&
          event.target.form.id === "ia-session-votes") {
        event.preventDefault();
        saveVotes();
      }
      if (event.key === "Enter" && tag !== "textarea" && event.target.form &&
          event.target.form.id === "ia-session-urgency") {
        event.preventDefault();
        saveUrgency();
      }
      return;
    }
    var key = event.key;
    if (key === "j" || key === "ArrowDown") { go(1); }
    else if (key === "k" || key === "ArrowUp") { go(-1); }
    else if (key === "?") { toggleHelp(); }
    else if (key === "e" && $("#ia-session-urgency") && !$("#ia-session-urgency").hidden) {
      $("#ia-session-urgency input[name=yes]").focus();
    }
    else if (key === "v") { $("#ia-session-votes input[name=yes]").focus(); }
    else if (key === "u") { unanimity(); }
    else if (key === "t") { $("#ia-session-decision").focus(); }
    else if (decisionKeys[key]) { decide(decisionKeys[key]); }
    else { return; }
    event.preventDefault();
  });

  root.addEventListener("click", function (event) {
    var link = event.target.closest(".ia-session-row a");
    if (link && data) {
      event.preventDefault();
      select(link.parentNode.getAttribute("data-uid"));
      return;
    }
    var moveButton = event.target.closest(".ia-move");
    if (moveButton) {
      move(moveButton.closest("tr").getAttribute("data-uid"), moveButton.getAttribute("data-move"));
      return;
    }
    var decision = event.target.closest("#ia-session-decisions button");
    if (decision) { decide(decision.getAttribute("data-transition")); return; }
    if (event.target.id === "ia-session-unanimity") { unanimity(); }
    if (event.target.id === "ia-session-urgency-unanimity") { urgencyUnanimity(); }
    if (event.target.id === "ia-session-guests-save") {
      attendanceCall({ action: "guests", guests: $("#ia-session-guests-text").value.split("\n") });
    }
  });

  root.addEventListener("change", function (event) {
    var select = event.target.closest(".ia-presence-select, .ia-proxy-select");
    if (select && data) { presenceChanged(select.closest("tr")); }
  });

  $("#ia-session-votes") && $("#ia-session-votes").addEventListener("submit", function (event) {
    event.preventDefault();
    saveVotes();
  });
  $("#ia-session-votes") && $("#ia-session-votes").addEventListener("change", syncVoteMode);
  $("#ia-session-urgency") && $("#ia-session-urgency").addEventListener("submit", function (event) {
    event.preventDefault();
    saveUrgency();
  });

  call("GET", sessionUrl).then(function (json) { data = json; render(); })
    .catch(function (e) { status(e.message, true); });
}());
