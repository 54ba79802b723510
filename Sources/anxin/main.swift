import AnxinCLI
#if canImport(Glibc)
import Glibc
#endif

exit(AnxinMain.run(Array(CommandLine.arguments.dropFirst())))
