/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** On an explainer page: its numbered notes, and the markers given out so far (src/model/citation-notes.ts). */
    citations?: { notes: import('./model/citation-notes.ts').CitationNotes; markers: import('./model/citation-notes.ts').MarkerCounter };
  }
}
