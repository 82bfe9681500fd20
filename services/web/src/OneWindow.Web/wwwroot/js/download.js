// Hands text the page already holds (a bank file) to the browser as a download: no second request, no file kept on the server.
export function saveText(fileName, contentType, content) {
  const url = URL.createObjectURL(new Blob([content], { type: contentType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The click starts the download on its own time; the blob is let go once it has begun.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
