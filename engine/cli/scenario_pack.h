/* scenario_pack.h: the scenario pack format shared by `worksim pack` (cmd_pack.c) and
 * `worksim install` (cmd_install.c): one tar with zstd whose first entry is the manifest
 * (PACK_MANIFEST, JSON: {"format": "worksim-pack", "format_version": 1, "worksim_api",
 * "worksim_version", "scenarios": [{"id", "title", "version"}]}), followed by each scenario's
 * folder as ID/... (files and folders only; VCS folders left out). version is the folder's
 * scenario_folder_version(), which install checks after unpacking. */
#ifndef WORKSIM_SCENARIO_PACK_H
#define WORKSIM_SCENARIO_PACK_H

#define PACK_MANIFEST "worksim-pack.json"
#define PACK_FORMAT "worksim-pack"
#define PACK_FORMAT_VERSION 1
/* The scenario API this worksim runs (scenario.lua fields, the run object, checks): a pack
 * made for a higher level is refused. */
#define PACK_WORKSIM_API 1
/* Limits on what install unpacks (a pack is a handful of scenarios, not a disk filler). */
#define PACK_MAX_BYTES (512LL * 1024 * 1024)
#define PACK_MAX_ENTRIES 50000
#define PACK_MAX_MANIFEST (1024 * 1024)

#endif
