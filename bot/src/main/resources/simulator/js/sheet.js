// The bottom sheet WhatsApp uses for list menus; the simulator reuses it to pick a location.

import { el } from './dom.js';

const sheet = () => document.getElementById('sheet');
const backdrop = () => document.getElementById('sheet-backdrop');
let returnFocusTo = null;

/** Wires the close button, the backdrop and the Escape key once. */
export function initSheet() {
  document.getElementById('sheet-close').addEventListener('click', closeSheet);
  backdrop().addEventListener('click', closeSheet);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !sheet().hidden) closeSheet();
  });
}

/**
 * Opens the sheet with a title and content nodes.
 * @param {string} title shown in the sheet header
 * @param {Node[]} content the sheet body
 * @param {string} kind 'list' or 'location', exposed as data-kind for styling and tests
 */
export function openSheet(title, content, kind) {
  returnFocusTo = document.activeElement;
  document.getElementById('sheet-title').textContent = title;
  document.getElementById('sheet-body').replaceChildren(...content);
  sheet().dataset.kind = kind;
  sheet().hidden = false;
  backdrop().hidden = false;
  document.getElementById('sheet-close').focus();
}

export function closeSheet() {
  sheet().hidden = true;
  backdrop().hidden = true;
  document.getElementById('sheet-body').replaceChildren();
  if (returnFocusTo instanceof HTMLElement) returnFocusTo.focus();
  returnFocusTo = null;
}

/**
 * Content for an interactive list: sections with their rows; tapping a row calls onChoose(row).
 * @param {{sections?: Array<{title?:string, rows?:Array<{id:string,title:string,description?:string}>}>}} action
 * @param {Function} onChoose
 */
export function listContent(action, onChoose) {
  return (action.sections ?? []).map((section) => {
    const rows = (section.rows ?? []).map((row) => {
      const button = el('button', { className: 'row', attrs: { type: 'button', 'data-id': row.id ?? '' } }, [
        el('span', { className: 'row-text' }, [
          el('span', { className: 'row-title', text: row.title ?? '' }),
          row.description ? el('span', { className: 'row-description', text: row.description }) : null,
        ]),
        el('span', { className: 'row-radio', attrs: { 'aria-hidden': 'true' } }),
      ]);
      button.addEventListener('click', () => onChoose(row));
      return button;
    });
    return el('section', { className: 'sheet-section' }, [
      section.title ? el('h3', { className: 'section-title', text: section.title }) : null,
      ...rows,
    ]);
  });
}
