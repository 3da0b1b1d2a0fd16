// Makes the portal's multiple-choice lists pleasant to use. Without this script they are plain
// list boxes and still work: the form never depends on it.
//   - a box above each list filters its choices as one types;
//   - a click chooses or un-chooses one item, without holding Ctrl;
//   - the chosen items show below the list as buttons that remove them.
(function () {
  "use strict";

  function enhance(select) {
    var filter = document.createElement("input");
    filter.type = "search";
    filter.className = "multiselect__filter";
    filter.setAttribute("aria-label", select.dataset.filterLabel || "Filter");
    filter.setAttribute("aria-controls", select.id);
    select.parentNode.insertBefore(filter, select);

    var chosen = document.createElement("ul");
    chosen.className = "multiselect__chosen";
    chosen.setAttribute("aria-live", "polite");
    select.parentNode.insertBefore(chosen, select.nextSibling);

    filter.addEventListener("input", function () {
      var words = filter.value.trim().toLowerCase();
      Array.prototype.forEach.call(select.options, function (o) {
        o.hidden = words !== "" && o.text.toLowerCase().indexOf(words) === -1;
      });
    });

    select.addEventListener("mousedown", function (e) {
      if (e.target.tagName !== "OPTION" || e.ctrlKey || e.metaKey || e.shiftKey) {
        return;
      }
      e.preventDefault();
      e.target.selected = !e.target.selected;
      select.focus();
      show();
    });
    select.addEventListener("change", show);

    function show() {
      chosen.textContent = "";
      Array.prototype.forEach.call(select.selectedOptions, function (o) {
        var item = document.createElement("li");
        var remove = document.createElement("button");
        remove.type = "button";
        remove.className = "chip";
        remove.textContent = o.text + " ×";
        remove.setAttribute("aria-label", (select.dataset.removeLabel || "Remove") + " " + o.text);
        remove.addEventListener("click", function () {
          o.selected = false;
          show();
          select.focus();
        });
        item.appendChild(remove);
        chosen.appendChild(item);
      });
    }
    show();
  }

  Array.prototype.forEach.call(document.querySelectorAll("select[multiple][data-enhance]"), enhance);
})();
