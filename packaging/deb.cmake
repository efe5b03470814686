# packaging/deb.cmake: the Debian package (`make package` -> build-pkg/worksim_VERSION_ARCH.deb).
# Shared-library dependencies come from dpkg-shlibdeps on the linked binary; the tools the
# sandbox and the catalog's scenarios run (bubblewrap, git, python3 with pytest, sqlite3, curl) and
# the desktop's fonts are named here, because no library link reveals them (md4c, the desktop's
# markdown parser, is a linked library: shlibdeps adds libmd4c0; the colour emoji and oblique
# faces are optional, so only recommended).
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "worksim")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "worksim maintainers <maintainers@worksim.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "job-training simulator: real work with simulated colleagues")
set(CPACK_PACKAGE_DESCRIPTION "worksim puts a learner at a simulated workplace (chat, tickets, a
terminal and code review) where colleagues hand out real work, done with real tools
inside an isolated sandbox. Scenarios are Lua folders; every run is recorded in
sqlite and scored with partial credit.")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "bubblewrap, git, python3, python3-pytest, sqlite3, curl, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qemu-system-x86, seabios, cpio, lz4, xvfb, fonts-noto-color-emoji, fonts-dejavu-extra")
set(CPACK_PACKAGING_INSTALL_PREFIX "${CMAKE_INSTALL_PREFIX}")
include(CPack)
