package io.denialwatch.stream.analysis;
import io.denialwatch.common.json.Json;
public class DebugMain { public static void main(String[] a) throws Exception {
  var an = new MultilingualAnalyzer(Posts.LATIN_ONLY);
  for (String t : java.nio.file.Files.readAllLines(java.nio.file.Path.of(a[0]))) { if (t.isBlank()) continue;
    System.out.println(t); System.out.println(Json.write(an.analyze(Posts.post(t)))); }
}}
