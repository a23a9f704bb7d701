import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the class files under the given folders of a jar that are older than Java 6 (version 50) as Java 8 class
 * files (version 52) with stack map frames, in place; run by the build on the shaded jar (pom.xml) with ASM on the
 * class path: {@code java -cp asm.jar scripts/ClassFileUpgrade.java JAR FOLDER...}.
 *
 * <p>Why: picocli 4.7's classes are Java 5 class files. The JDK verifies those with its old type-inferring verifier,
 * which records nothing a cache could check later, so JDK 25's AOT cache (JEP 483) leaves every one of them out
 * ("Skipping picocli/...: Old class has been linked") and each run reads, verifies and links them from the jar again:
 * some 170 classes before the first line of a command runs (bench/README.md, figure 5). The bytecode itself is left as
 * it is: Java 5's instructions mean the same in a Java 8 class file, and the frames are computed from it (a method with
 * the long-gone jsr/ret subroutines would stop the build). Already upgraded classes are left alone, so a second run
 * changes nothing.
 */
public final class ClassFileUpgrade {
    private static final int JAVA_6 = 50;

    private ClassFileUpgrade() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java -cp asm.jar scripts/ClassFileUpgrade.java JAR FOLDER...");
            System.exit(64);
        }
        Path jar = Path.of(args[0]);
        List<String> folders = List.of(args).subList(1, args.length);
        // beside the jar (so that the move is a rename) and with the permissions a new file gets (a temporary file's
        // are the owner's only)
        Path written = jar.resolveSibling(jar.getFileName() + ".upgrading");
        int upgraded = 0;
        try (ZipFile in = new ZipFile(jar.toFile());
                URLClassLoader classes = new URLClassLoader(
                        new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(written))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] bytes;
                try (InputStream read = in.getInputStream(entry)) {
                    bytes = read.readAllBytes();
                }
                if (chosen(entry.getName(), folders) && major(bytes) < JAVA_6) {
                    bytes = upgrade(bytes, classes);
                    upgraded++;
                }
                copy(entry, bytes, out);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(written);
            throw e;
        }
        if (upgraded == 0) {
            Files.delete(written);
        } else {
            Files.move(written, jar, StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("class-file-upgrade: " + upgraded + " class files under " + String.join(" ", folders)
                + " in " + jar + " rewritten as version 52");
    }

    private static boolean chosen(String name, List<String> folders) {
        return name.endsWith(".class") && folders.stream().anyMatch(name::startsWith);
    }

    private static int major(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    /** The class as version 52 with frames; the common superclass of two types is looked up among the jar's classes. */
    private static byte[] upgrade(byte[] classFile, ClassLoader classes) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return classes;
            }
        };
        ClassVisitor version = new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(
                    int ignored, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
            }
        };
        new ClassReader(classFile).accept(version, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    /** The entry with its name, time and compression as they were (a stored entry needs its size and CRC first). */
    private static void copy(ZipEntry entry, byte[] bytes, ZipOutputStream out) throws IOException {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        copy.setMethod(entry.getMethod());
        if (entry.getMethod() == ZipEntry.STORED) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            copy.setSize(bytes.length);
            copy.setCompressedSize(bytes.length);
            copy.setCrc(crc.getValue());
        }
        out.putNextEntry(copy);
        out.write(bytes);
        out.closeEntry();
    }
}
