"""Use cases shared by the UI and the CLI. No Qt here.

The session is `omavalmentaja.services.session.Session`; this package imports nothing itself, so that a light
service (the PDF viewer's folder, the settings' names) does not load the store and the vault with it."""
