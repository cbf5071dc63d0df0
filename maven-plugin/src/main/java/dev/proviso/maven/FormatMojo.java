package dev.proviso.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code proviso:format}: rewrites the policy files in the canonical format (comments kept). */
@Mojo(name = "format", threadSafe = true)
public class FormatMojo extends PolicyMojo {

  @Override
  void run(List<Path> files) throws MojoExecutionException, MojoFailureException {
    Map<Path, String> changes = PolicyFormatting.changes(files);
    for (Map.Entry<Path, String> change : changes.entrySet()) {
      PolicyFormatting.write(change.getKey(), change.getValue());
      getLog().info("formatted " + change.getKey());
    }
    getLog().info(changes.size() + " of " + files.size() + " policy file(s) reformatted");
  }
}
