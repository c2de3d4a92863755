#pragma once

#include <QString>

namespace trainyard::desktop {

// `trainyard --screenshot-tour DIR [--lang de]`: builds a demo workspace in a temporary folder
// (two clusters, one resizing; 20 runs; one mid-run with logs and two metrics), drives the real
// window through it and saves PNGs of each screen to DIR with the language in the name: also the
// log search and the File → Import Batch AI dialog on a fixture from $TRAINYARD_FIXTURES (or
// ../shared/fixtures beside the sources; that picture is skipped when the file is absent).
// Returns the process exit code.
int runScreenshotTour(const QString& outputDir, const QString& lang);

} // namespace trainyard::desktop
