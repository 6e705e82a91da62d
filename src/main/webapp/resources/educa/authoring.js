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
