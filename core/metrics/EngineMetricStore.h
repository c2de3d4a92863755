#pragma once

namespace trainyard {
class Engine;

namespace metrics {
class MetricIngestor;

// The metric store that keeps every point the desktop has seen of an engine's runs: for a local
// workspace `metrics.db` in its folder, for other engines a file in the user's cache folder
// named after the engine. Made (and opened, off the calling thread) on first use; owned by the
// engine, so it lives exactly as long as the open workspace.
MetricIngestor* metricIngestorFor(Engine* engine);

} // namespace metrics
} // namespace trainyard
