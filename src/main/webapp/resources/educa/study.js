/*
 * The study page's "Mark as done", sent in the background: the form works without this script (a POST answered by a
 * redirect back to the module); with it, the same POST asks for the new progress as JSON, and the page changes in
 * place — the button, the status under it, the module's tick and the progress above the modules. At the last module
 * the page is reloaded instead, since its end ("Still to do", "finished") depends on the whole course. Anything that
 * goes wrong falls back to sending the form as the browser would.
 */
(function () {
    "use strict";

    function update(form, answer) {
        var button = form.querySelector("button");
        var done = answer.done;
        form.querySelector("input[name=done]").value = String(!done);
        button.querySelector(".label").textContent = done ? form.dataset.labelUndone : form.dataset.labelDone;
        button.classList.toggle("btn-success", !done);
        button.classList.toggle("btn-light", done);
        var icon = button.querySelector(".pi");
        icon.classList.toggle("pi-check", !done);
        icon.classList.toggle("pi-undo", done);
        var status = document.getElementById("done-status");
        status.textContent = done ? form.dataset.statusDone : "";
        var current = document.querySelector("#modules li.selected");
        if (current) {
            current.classList.toggle("done", done);
        }
        var label = document.getElementById("progress-label");
        var bar = document.getElementById("progress-bar");
        if (label && bar) {
            label.textContent = answer.label;
            bar.max = answer.total;
            bar.value = answer.completed;
        }
    }

    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (!form.classList || !form.classList.contains("mark-done") || !window.fetch) {
            return;
        }
        event.preventDefault();
        var button = form.querySelector("button");
        button.disabled = true;
        fetch(form.action, {
            method: "POST",
            body: new URLSearchParams(new FormData(form)),
            headers: {"Accept": "application/json"},
            credentials: "same-origin"
        }).then(function (response) {
            if (!response.ok) {
                throw new Error(response.status);
            }
            return response.json();
        }).then(function (answer) {
            if (document.getElementById("course-end")) {
                window.location.reload();
                return;
            }
            update(form, answer);
            button.disabled = false;
            button.focus();
        }).catch(function () {
            form.submit();
        });
    });
})();
