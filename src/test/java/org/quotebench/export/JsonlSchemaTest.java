package org.quotebench.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every line of a JSONL export validates against the schema shipped in the jar (and a broken line does not). */
class JsonlSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonSchema schema() throws Exception {
        try (InputStream in = JsonlSchemaTest.class.getResourceAsStream("/org/quotebench/export/quotebench-export.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    @Test
    void everyLineOfAnExportIsValid() throws Exception {
        Path file = dir.resolve("all.jsonl");
        Exports.write(ExportFormat.JSONL, ExportFixture.articles(dir.resolve("schema.qb")), file);
        JsonSchema schema = schema();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            assertThat(schema.validate(JSON.readTree(line))).isEmpty();
        }
    }

    @Test
    void theSchemaCatchesABrokenLine() throws Exception {
        Path file = dir.resolve("all.jsonl");
        Exports.write(ExportFormat.JSONL, ExportFixture.articles(dir.resolve("schema.qb")), file);
        String line = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
        Set<ValidationMessage> errors = schema().validate(JSON.readTree(line.replace("\"kind\":\"direct\"", "\"kind\":\"hearsay\"")));
        assertThat(errors).isNotEmpty();
        assertThat(errors.toString()).contains("kind");
    }
}
