from tests.gui.conftest import page

__all__ = ["page"]
