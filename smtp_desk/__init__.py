"""SMTP Desk: the housing society office's digital postman."""

__version__ = "0.1.0"
APP_NAME = "SMTP Desk"
