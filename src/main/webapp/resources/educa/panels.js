/*
 * Side panels (<details class="side-panel" open>: the catalog's subjects, a course's modules) stand above the page's
 * content on phones and tablets, where twenty subjects would push the courses off the screen. They are rendered open,
 * so that they work without JavaScript and on wider screens (where their summary is hidden, educa.css), and are
 * folded here when the page loads narrow; their summary names what is chosen ("Subjects  Mathematics").
 */
(function () {
    "use strict";
    if (window.matchMedia("(max-width: 800px)").matches) {
        document.querySelectorAll("details.side-panel[open]").forEach(function (panel) {
            panel.open = false;
        });
    }
})();
