/* Authoring pages: the course slug follows the title until the instructor edits it by hand. */
(function () {
    "use strict";

    function slugify(text) {
        return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
            .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").substring(0, 200).replace(/-+$/, "");
    }

    document.querySelectorAll("[data-slug-source]").forEach(function (title) {
        var slug = document.getElementById(title.getAttribute("data-slug-source"));
        if (!slug) {
            return;
        }
        slug.addEventListener("input", function () {
            slug.setAttribute("data-auto", slug.value === "" ? "true" : "false");
        });
        title.addEventListener("input", function () {
            if (slug.getAttribute("data-auto") === "true") {
                slug.value = slugify(title.value);
            }
        });
    });
})();

/*
 * Issue 13: keyboard focus kept where the instructor acted after an AJAX update, a warning before leaving a form with
 * changed fields (not when submitting it), and a role on PrimeFaces' upload button (a span with aria-labelledby).
 */
var EducaAuthoring = (function () {
    "use strict";
    var last = null;

    document.addEventListener("focusin", function (event) {
        var row = event.target.closest("tr[data-rk]");
        if (row && event.target.id) {
            last = {key: row.getAttribute("data-rk"), table: row.parentNode.id, index: row.sectionRowIndex,
                control: event.target.id.replace(/^.*:/, "")};
        }
    });

    function usable(element) {
        return element && !element.disabled && !element.classList.contains("ui-state-disabled");
    }

    /** After an update: the same control in the same item's row, else a neighbour row, else the heading. */
    function restoreFocus(fallbackId) {
        if (!last) {
            return;
        }
        var body = document.getElementById(last.table);
        var rows = body ? Array.prototype.slice.call(body.querySelectorAll(":scope > tr[data-rk]")) : [];
        var row = rows.find(function (r) { return r.getAttribute("data-rk") === last.key; })
            || rows[Math.min(last.index, rows.length - 1)];
        var target = null;
        if (row) {
            var controls = [last.control, "up", "down", "delete"];
            for (var i = 0; i < controls.length && !usable(target); i++) {
                target = row.querySelector("[id$=':" + controls[i] + "']");
            }
            if (!usable(target)) {
                target = row.querySelector("a, button:not([disabled])");
            }
        }
        if (!target && fallbackId) {
            target = document.getElementById(fallbackId);
        }
        if (target) {
            target.focus();
        }
    }

    /** Focuses the title of the last row of a formset, after "Add another module". */
    function focusLast(selector) {
        var fields = document.querySelectorAll(selector);
        if (fields.length) {
            fields[fields.length - 1].focus();
        }
    }

    var changed = false;
    window.educaUnsaved = function () { return changed; };
    document.querySelectorAll("form[data-warn-unsaved]").forEach(function (form) {
        form.addEventListener("input", function () { changed = true; });
        form.addEventListener("change", function () { changed = true; });
        form.addEventListener("submit", function () { changed = false; });
        form.addEventListener("click", function (event) {
            if (event.target.closest("[type=submit]")) {
                changed = false;
            }
        });
    });
    window.addEventListener("beforeunload", function (event) {
        if (changed) {
            event.preventDefault();
            event.returnValue = "";
        }
    });

    document.querySelectorAll(".ui-fileupload-choose[aria-labelledby]").forEach(function (button) {
        button.setAttribute("role", "button");
        button.querySelectorAll("input[type=file]").forEach(function (input) {
            input.setAttribute("tabindex", "-1"); // the labelled button is the one control; it opens the input
        });
    });

    return {restoreFocus: restoreFocus, focusLast: focusLast};
})();
