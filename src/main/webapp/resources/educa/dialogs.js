/*
 * Confirm dialogs (p:confirmDialog, with closeOnEscape="true") as keyboard users expect them: when one opens, the
 * focus moves into it, on its safe answer ("No"); when it closes (Escape, an answer), the focus goes back to the
 * control that opened it, if that is still on the page (an AJAX update may since have replaced it; the page's own
 * script then places the focus). Loaded by the layout, for every page's dialogs.
 */
(function () {
    "use strict";
    var opener = null;

    function openDialog() {
        return Array.prototype.find.call(document.querySelectorAll(".ui-confirm-dialog"), function (dialog) {
            // shown: laid out (offsetParent is always null for PrimeFaces' fixed-position dialogs) and not hidden
            return dialog.getClientRects().length > 0 && getComputedStyle(dialog).visibility !== "hidden"
                && dialog.getAttribute("aria-hidden") !== "true";
        });
    }

    /** Runs check after the dialog's own handlers, again every 50 ms for a second until it says it is done. */
    function afterwards(check) {
        var tries = 0;
        function again() {
            if (!check() && ++tries < 20) {
                setTimeout(again, 50);
            }
        }
        setTimeout(again, 50);
    }

    function acted(event) {
        if (event.type === "keydown" && event.key !== "Enter" && event.key !== " " && event.key !== "Escape") {
            return;
        }
        var inDialog = event.target.closest && event.target.closest(".ui-confirm-dialog");
        var closing = inDialog || event.key === "Escape" && openDialog();
        if (!closing) {
            var control = event.target;
            afterwards(function () {
                var dialog = openDialog();
                if (dialog && !dialog.contains(document.activeElement)) {
                    opener = control;
                    var no = dialog.querySelector(".ui-confirmdialog-no") || dialog.querySelector("button");
                    if (no) {
                        no.focus();
                    }
                }
                return Boolean(dialog);
            });
        } else {
            afterwards(function () {
                if (openDialog()) {
                    return false;
                }
                if (opener && document.body.contains(opener)) {
                    opener.focus();
                }
                opener = null;
                return true;
            });
        }
    }

    document.addEventListener("click", acted, true);
    document.addEventListener("keydown", acted, true);
})();
