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
 * changed fields (not when submitting it), and PrimeFaces' upload button made one labelled control.
 */
var EducaAuthoring = (function () {
    "use strict";
    var last = null;

    // The item a control acts on is in its data-item attribute (the move and delete buttons of both lists).
    document.addEventListener("focusin", function (event) {
        var control = event.target.closest("[data-item]");
        if (control && control.id) {
            var row = control.closest("tr");
            last = {item: control.getAttribute("data-item"), control: control.id.replace(/^.*:/, ""),
                table: row && row.parentNode.id, index: row ? row.sectionRowIndex : 0};
        }
    });

    function usable(element) {
        return element && !element.disabled && !element.classList.contains("ui-state-disabled");
    }

    /** After an update: the same control of the same item, else another of its controls, else a neighbour row's. */
    function restoreFocus(fallbackId) {
        if (!last) {
            return;
        }
        var target = null;
        [last.control, "up", "down", "delete"].forEach(function (name) {
            var candidate = document.querySelector("[data-item='" + last.item + "'][id$=':" + name + "']");
            if (!usable(target) && usable(candidate)) {
                target = candidate;
            }
        });
        if (!target) { // the item is gone (deleted): the row now in its place, else the heading
            var body = last.table && document.getElementById(last.table);
            var row = body && body.rows.length ? body.rows[Math.min(last.index, body.rows.length - 1)] : null;
            target = row && row.querySelector("[data-item]:not([disabled]), a[href]");
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

    // PrimeFaces' choose button is a span that holds the real control, the file input: one control, not two nested.
    // The input (over the whole button, transparent) takes the focus and the button's text as its name; the span
    // becomes a plain wrapper that shows the input's focus.
    document.querySelectorAll(".ui-fileupload-choose").forEach(function (button) {
        var label = button.querySelector(".ui-button-text");
        ["role", "aria-labelledby", "tabindex", "aria-disabled"].forEach(function (name) {
            button.removeAttribute(name);
        });
        button.querySelectorAll("input[type=file]").forEach(function (input) {
            input.removeAttribute("tabindex");
            input.removeAttribute("aria-hidden");
            if (label) {
                input.setAttribute("aria-label", label.textContent.trim());
            }
        });
    });

    return {restoreFocus: restoreFocus, focusLast: focusLast};
})();
