// Sharing a location: a few well-known Mexican places, or any latitude/longitude typed by hand.

import { el } from './dom.js';
import { icon } from './icons.js';

/** Preset places (public squares, so the coordinates are not anyone's home). */
export const PLACES = [
  { id: 'cdmx', name: 'Zócalo, CDMX', latitude: 19.4326, longitude: -99.1332 },
  { id: 'gdl', name: 'Guadalajara centro', latitude: 20.6767, longitude: -103.3475 },
  { id: 'mty', name: 'Macroplaza, Monterrey', latitude: 25.6694, longitude: -100.3098 },
  { id: 'oax', name: 'Zócalo, Oaxaca', latitude: 17.0612, longitude: -96.7253 },
  { id: 'mid', name: 'Plaza Grande, Mérida', latitude: 20.9671, longitude: -89.6237 },
];

/**
 * Content of the location sheet.
 * @param {(place:{name:string, latitude:number, longitude:number}) => void} onChoose
 */
export function locationContent(onChoose) {
  const presets = PLACES.map((place) => {
    const button = el('button', { className: 'row place', attrs: { type: 'button', 'data-place': place.id } }, [
      el('span', { className: 'place-pin' }, [icon('pin', 22)]),
      el('span', { className: 'row-text' }, [
        el('span', { className: 'row-title', text: place.name }),
        el('span', { className: 'row-description', text: `${place.latitude}, ${place.longitude}` }),
      ]),
    ]);
    button.addEventListener('click', () => onChoose(place));
    return button;
  });
  return [
    el('section', { className: 'sheet-section' }, [el('h3', { className: 'section-title', text: 'Lugares' }), ...presets]),
    customForm(onChoose),
  ];
}

/** Free coordinates, validated before anything is sent. */
function customForm(onChoose) {
  const latitude = numberInput('custom-lat', 'Latitud', '-90', '90', '19.4326');
  const longitude = numberInput('custom-lng', 'Longitud', '-180', '180', '-99.1332');
  const name = el('input', { attrs: { id: 'custom-place', maxlength: '100', placeholder: 'Mi casa' } });
  const error = el('p', { className: 'form-error', attrs: { id: 'custom-error', role: 'alert' } });
  const form = el('form', { className: 'sheet-section custom-location', attrs: { id: 'custom-location', novalidate: '' } }, [
    el('h3', { className: 'section-title', text: 'Otra ubicación' }),
    el('div', { className: 'coords' }, [label('Latitud', latitude), label('Longitud', longitude)]),
    label('Nombre (opcional)', name),
    error,
    el('button', { className: 'primary', attrs: { type: 'submit', id: 'send-custom-location' }, text: 'Enviar ubicación' }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const lat = Number.parseFloat(latitude.value);
    const lng = Number.parseFloat(longitude.value);
    if (!(Math.abs(lat) <= 90) || !(Math.abs(lng) <= 180)) {
      error.textContent = 'Escribe una latitud entre -90 y 90 y una longitud entre -180 y 180.';
      return;
    }
    onChoose({ name: name.value.trim(), latitude: lat, longitude: lng });
  });
  return form;
}

function numberInput(id, name, min, max, placeholder) {
  return el('input', {
    attrs: { id, name, type: 'number', step: 'any', min, max, placeholder, inputmode: 'decimal', required: '' },
  });
}

function label(text, input) {
  return el('label', {}, [text, input]);
}
