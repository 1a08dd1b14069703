// evtcli serve: the live timeline and the time slider. No inline script anywhere
// (the Content-Security-Policy forbids it); every fragment comes from the server,
// rendered and escaped by the same templates as the pages.
"use strict";

(function liveTimeline() {
  const table = document.querySelector('table#timeline[data-live="on"]');
  if (!table) return;
  const body = table.tBodies[0];
  const badge = document.getElementById("live");
  const banner = document.getElementById("more-banner");
  const query = table.dataset.query;
  let head = Number(table.dataset.head);
  let failures = 0;

  async function poll() {
    try {
      const response = await fetch(`/timeline/rows?after=${head}${query ? "&" + query : ""}`, {
        headers: { Accept: "text/html" },
        cache: "no-store",
      });
      if (!response.ok) throw new Error(String(response.status));
      const html = await response.text();
      const newHead = Number(response.headers.get("X-Head"));
      if (html.trim()) {
        const holder = document.createElement("tbody");
        holder.innerHTML = html;
        const rows = Array.from(holder.rows).filter(
          (row) => !body.querySelector(`tr[data-position="${row.dataset.position}"]`)
        );
        rows.forEach((row) => row.classList.add("new"));
        body.prepend(...rows);
        while (body.rows.length > 200) body.deleteRow(-1);
        document.querySelectorAll(".empty").forEach((node) => node.remove());
      }
      if (response.headers.get("X-More") && banner) banner.hidden = false;
      if (newHead > head) head = newHead;
      table.dataset.head = String(head);
      failures = 0;
      if (badge) badge.classList.remove("offline");
    } catch (error) {
      failures += 1;
      if (badge) badge.classList.add("offline");
    }
    setTimeout(poll, failures ? Math.min(5000, 500 * 2 ** failures) : 500);
  }
  setTimeout(poll, 500);
})();

(function timeSlider() {
  const form = document.getElementById("travel");
  const slider = document.getElementById("slider");
  if (!form || !slider) return;
  const output = document.getElementById("slider-value");
  let wanted = slider.value;
  let timer = null;

  async function show(version) {
    const response = await fetch(`${form.dataset.state}?version=${version}`, { cache: "no-store" });
    if (!response.ok || version !== wanted) return;
    const holder = document.createElement("div");
    holder.innerHTML = await response.text();
    const fresh = holder.querySelector("#state");
    const current = document.getElementById("state");
    if (fresh && current) current.replaceWith(fresh);
    document.querySelectorAll("#history li.event").forEach((item) => {
      item.classList.toggle("current", item.dataset.version === version);
    });
    const url = new URL(window.location.href);
    url.searchParams.set("version", version);
    history.replaceState(null, "", url);
  }

  slider.addEventListener("input", () => {
    wanted = slider.value;
    if (output) output.value = `v${wanted}`;
    clearTimeout(timer);
    timer = setTimeout(() => show(wanted), 40);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    show(slider.value);
  });
})();
