#include "core/batchai/BatchAiMapper.h"

#include "core/batchai/ClusterMapping.h"
#include "core/batchai/ConfigurationMapping.h"
#include "core/batchai/FileServerMapping.h"
#include "core/batchai/JobMapping.h"

namespace trainyard::batchai {

BatchAiMapper::BatchAiMapper(const BatchAiDocument& document, const ImportOptions& options)
    : m_doc(document)
    , m_options(options) {}

BatchAiImport BatchAiMapper::map() {
    MappingContext context(m_doc, m_options);
    switch (m_doc.kind) {
    case DocumentKind::Cluster:
        mapCluster(context);
        break;
    case DocumentKind::Job:
        mapJob(context);
        break;
    case DocumentKind::FileServer:
        mapFileServer(context);
        break;
    case DocumentKind::Configuration:
        mapConfiguration(context);
        break;
    }
    for (const QString& key : std::as_const(m_doc.ignoredTopLevel))
        if (key != QLatin1String("responses"))
            context.warn(key, MapperTr::tr("outside the definition's properties: not imported."));
    if (m_doc.shape == DocumentShape::RestExample)
        context.warn(
            QStringLiteral("responses"),
            MapperTr::tr("a REST example: the request in parameters.parameters is imported, the recorded "
                         "responses are not."));
    return context.out();
}

} // namespace trainyard::batchai
