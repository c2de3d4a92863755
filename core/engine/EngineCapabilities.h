#pragma once

namespace trainyard {

// What an engine offers beyond the calls every engine has, so the desktop shows only what works
// there (no VNet fields for a cluster of node slots on this machine, no Delete for a run that
// the engine keeps).
struct EngineCapabilities {
    bool computeNetwork = true;   // a cluster may join a virtual network (vnet, subnet)
    bool computeAdminUser = true; // a cluster's nodes have an admin user with a password or SSH key
    bool deleteRuns = false;      // deleteRun() removes a finished run's record
    bool browseDatastore = false; // listDatastoreFiles() lists what the default datastore holds
};

} // namespace trainyard
