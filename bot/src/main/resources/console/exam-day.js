// Exam day: on phones whose browser can read barcodes (BarcodeDetector, e.g. Chrome on Android),
// a button takes a photo of the learner's QR and writes its code into the check-in field.
// Without it the field still works: type the code, or let a QR reader app paste it.
(function () {
  var field = document.querySelector("input[data-qr]");
  if (!field || !("BarcodeDetector" in window)) { return; }
  var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
  var photo = document.createElement("input");
  photo.type = "file";
  photo.accept = "image/*";
  photo.setAttribute("capture", "environment");
  photo.hidden = true;
  var button = document.createElement("button");
  button.type = "button";
  button.id = "scan-qr";
  button.textContent = "📷 Leer el QR con la cámara";
  button.addEventListener("click", function () { photo.click(); });
  photo.addEventListener("change", function () {
    if (!photo.files.length) { return; }
    createImageBitmap(photo.files[0])
      .then(function (image) { return detector.detect(image); })
      .then(function (codes) {
        if (codes.length) {
          field.value = codes[0].rawValue;
          document.getElementById("checkin-name").focus();
        } else {
          button.textContent = "No se leyó el QR. Intenta otra vez o escribe el código.";
        }
      });
  });
  field.insertAdjacentElement("afterend", button);
  field.insertAdjacentElement("afterend", photo);
})();
