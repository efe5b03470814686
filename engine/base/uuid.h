/* uuid.h: name-based UUIDs (RFC 4122 §4.3, version 5: SHA-1 over a namespace UUID and a
 * name). The same namespace and name always give the same UUID: ids that a resend repeats. */
#ifndef WORKSIM_UUID_H
#define WORKSIM_UUID_H

#include <stdbool.h>

#define UUID_TEXT_LEN 36

/* Writes the lowercase text form of the version-5 UUID of name in namespace_uuid (text form)
 * into out. false when namespace_uuid is not a UUID. */
bool uuid_v5(const char *namespace_uuid, const char *name, char out[UUID_TEXT_LEN + 1]);

#endif
