#include "Cli.h"

#include "core/model/VmSize.h"

namespace yard {

using namespace trainyard;

static int listSizes(Cli& cli) {
    if (!cli.parse(QStringLiteral("Lists the vm sizes a cluster can have, with cores, memory and GPUs "
                                  "(AmlCompute.supported_vmsizes).")))
        return kUsage;
    return cli.onEngine([&](Engine* engine) {
        return cli.finish(engine->listVmSizes(), [&](const QList<VmSize>& sizes) {
            cli.printList(sizes,
                          {QStringLiteral("Name"), QStringLiteral("vCPUs"), QStringLiteral("Memory GB"),
                           QStringLiteral("GPUs")},
                          [](const VmSize& s) {
                              return QStringList{s.name, QString::number(s.vCPUs),
                                                 QString::number(s.memoryGB, 'f', 1),
                                                 QString::number(s.gpus)};
                          });
        });
    });
}

static const CommandRegistration registration{
    {QStringLiteral("compute list-sizes"), listSizes, QStringLiteral("List the vm sizes, with their GPUs.")},
};

} // namespace yard
