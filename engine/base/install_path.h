/* install_path.h: where an installed worksim keeps its data, found from the running binary.
 * An install (a Debian package, `cmake --install`, a `dpkg -x` unpacked anywhere) lays out
 * PREFIX/bin/worksim beside PREFIX/share/worksim and PREFIX/libexec/worksim, so the binary's
 * own location names them even when the prefix was moved after the build. */
#ifndef WORKSIM_INSTALL_PATH_H
#define WORKSIM_INSTALL_PATH_H

/* PREFIX/<relative> for the prefix the running executable sits in (the folder above its bin/),
 * when that path exists; NULL otherwise or when the binary is not in a bin/ folder.
 * Caller frees. */
char *install_path_relative(const char *relative);

#endif
