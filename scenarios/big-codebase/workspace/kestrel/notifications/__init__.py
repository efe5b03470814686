"""Customer notifications: payment reminders and the outbox they are sent from."""
