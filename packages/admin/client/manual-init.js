// Decap CMS starts itself on load unless told not to; the editor starts it with a generated
// configuration instead (admin.js). Imported first, so the flag is set before Decap runs.
window.CMS_MANUAL_INIT = true;
