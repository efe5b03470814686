"""The billing API the web app calls (JSON over HTTP)."""
