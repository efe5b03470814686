"""Pedal: bike rental bookings for the Porto and Lisbon shops."""
