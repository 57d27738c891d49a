#ifndef OPENAPI_SWIFT_CLIBYAML_SHIM_H
#define OPENAPI_SWIFT_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
