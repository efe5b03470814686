"""The service's exception types."""


class KestrelError(Exception):
    """Base class for errors the API turns into 4xx responses."""


class UnknownCurrency(KestrelError):
    def __init__(self, code):
        super().__init__(f"unknown currency: {code!r} (see config/currencies.json)")
        self.code = code


class InvoiceNotFound(KestrelError):
    def __init__(self, number):
        super().__init__(f"no invoice {number}")
        self.number = number


class InvalidAmount(KestrelError):
    pass
