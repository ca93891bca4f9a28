/**
 * The dialog page the ribbon command opens (pesan.html): shows the title and the message from
 * its URL (`?judul=…&isi=…`, one paragraph per line) as text, never as HTML, and a Tutup
 * button that asks the add-in to close the dialog (or closes the window outside Office).
 */
import { RIBBON_TEXT as TEKS } from "./texts";

function tampilkan(): void {
  const query = new URLSearchParams(window.location.search);
  const judul = document.getElementById("judul");
  const isi = document.getElementById("isi");
  const tutup = document.getElementById("tutup");
  if (judul) judul.textContent = query.get("judul") ?? TEKS.judul;
  if (isi) {
    for (const baris of (query.get("isi") ?? "").split("\n")) {
      const p = document.createElement("p");
      p.textContent = baris;
      isi.appendChild(p);
    }
  }
  if (tutup) {
    tutup.textContent = TEKS.tutup;
    tutup.addEventListener("click", () => {
      try {
        Office.context.ui.messageParent("tutup");
      } catch {
        window.close();
      }
    });
  }
}

tampilkan();
if (typeof Office !== "undefined") void Office.onReady();
