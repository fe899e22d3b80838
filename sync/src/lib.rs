//! Kontaktpunkt's sync worker: the model as a yrs document, merged between tabs and, in a live
//! session, through a relay that only ever sees ciphertext (`live`).

pub mod live;
