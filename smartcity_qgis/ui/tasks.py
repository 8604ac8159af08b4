"""Background work for dock pages: a QgsTask running one function with progress and cancel."""

import traceback

from qgis.core import QgsFeedback, QgsTask

from ..core.errors import Cancelled, SmartCityError
from ..qgisbridge.i18n import tr, translated_message
from ..qgisbridge.log import log_error


class FunctionTask(QgsTask):
    """Runs ``function(feedback)`` in a worker thread, then ``on_done(result, error)`` in the GUI thread.

    ``error`` is a translated message, or None on success; a cancelled task reports neither.
    """

    def __init__(self, description, function, on_done):
        super().__init__(description, QgsTask.CanCancel)
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self.setProgress)
        self._function = function
        self._on_done = on_done
        self.result = None
        self.error = None

    def run(self):
        try:
            self.result = self._function(self.feedback)
            return True
        except Cancelled:
            return False
        except SmartCityError as error:
            self.error = translated_message(error)
        except Exception:  # noqa: BLE001 — a worker thread must never take QGIS down
            log_error(traceback.format_exc())
            self.error = tr("Unexpected error; details are in the Smart City log.")
        return False

    def cancel(self):
        self.feedback.cancel()
        super().cancel()

    def finished(self, ok):
        if self._on_done is not None and not self.feedback.isCanceled():
            self._on_done(self.result if ok else None, None if ok else self.error)

    def detach(self):
        """Forget the callback (its page is going away) and cancel."""
        self._on_done = None
        self.cancel()
