// Swagger UI over the service's own OpenAPI document; no inline script, no CDN.
// Each operation opens read-only; "Try it out" then sends the document's example request.
"use strict";
window.addEventListener("load", () => {
  const root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({
    url: root.dataset.specUrl,
    dom_id: "#swagger-ui",
    deepLinking: true,
    displayRequestDuration: true,
  });
});
