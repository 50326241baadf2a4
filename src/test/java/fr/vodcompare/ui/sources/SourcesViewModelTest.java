package fr.vodcompare.ui.sources;

import fr.vodcompare.testing.BundledStore;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vodcompare.model.Fact;
import fr.vodcompare.model.Source;
import fr.vodcompare.ui.BackgroundTasks;
import fr.vodcompare.ui.DataEvents;
import fr.vodcompare.ui.RecordingLinks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SourcesViewModelTest {
    @RegisterExtension
    static final BundledStore BUNDLED = new BundledStore();
    final RecordingLinks links = new RecordingLinks();
    SourcesViewModel vm;

    @BeforeEach
    void load() {
        vm = new SourcesViewModel(BUNDLED.store().facts(), BackgroundTasks.sameThread(), links, new DataEvents());
        vm.load();
    }

    @Test
    void listsEveryFactWithItsSource() {
        assertThat(vm.shown()).hasSize(192);
        assertThat(vm.shown()).allSatisfy(f -> assertThat(f.source().citation()).isNotBlank());
    }

    @Test
    void filtersByWordsAndMetric() {
        vm.textProperty().set("netflix 2017-09");
        assertThat(vm.shown()).allSatisfy(f -> assertThat(f.period()).isEqualTo("2017-09"))
                .anySatisfy(f -> assertThat(f.platformLabel()).isEqualTo("Netflix"));
        vm.textProperty().set("");
        vm.metricProperty().set("platform_reach_among_vod_consumers");
        assertThat(vm.shown()).hasSize(28);
    }

    @Test
    void wordsInTheUsersLanguageFindMetricsByTheirName() {
        vm.metricNamesProperty().set(id -> id.equals("content_spend_global") ? "Dépenses de contenus" : id);
        vm.textProperty().set("dépenses");
        assertThat(vm.shown()).isNotEmpty().allSatisfy(f -> assertThat(f.metric()).isEqualTo("content_spend_global"));
    }

    @Test
    void opensTheSourceLink() {
        Fact f = vm.shown().get(0);
        assertThat(vm.openSource(f)).isTrue();
        assertThat(links.opened).containsExactly(f.source().url());
    }

    @Test
    void opensOnlyWebAddresses() {
        for (String url : List.of("file:///etc/passwd", "javascript:alert(1)", "smb://server/share", "calculator:",
                "http:no-host", "C:\\Windows\\system32\\calc.exe")) {
            assertThat(vm.openSource(fact(url))).as(url).isFalse();
        }
        assertThat(links.opened).isEmpty();
        assertThat(vm.openSource(fact("HTTPS://www.cnc.fr/a b"))).isTrue();
        assertThat(vm.openSource(fact("http://cnc.fr"))).isTrue();
        assertThat(links.opened).containsExactly("HTTPS://www.cnc.fr/a b", "http://cnc.fr");
    }

    private static Fact fact(String url) {
        return new Fact(1, "m", "netflix", "Netflix", "2020", 1.0, 1.0, "1", "titles", new Source("CNC", url), null);
    }

    @Test
    void exportsTheShownFactsForReimport() throws Exception {
        vm.metricProperty().set("content_spend_global");
        Path file = BUNDLED.dir().resolve("spend.csv");
        int[] n = {-1};
        vm.exportCsv(file, c -> n[0] = c, e -> { throw new AssertionError(e); });
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(n[0]).isEqualTo(9);
        assertThat(lines).hasSize(10);
        assertThat(lines.get(0)).endsWith("metric,platform,period,value,unit,source,source_url,note,status,qualifier,scope,publisher");
        // what each figure means goes with it, for a reimport to keep it
        assertThat(lines).anyMatch(l -> l.startsWith("content_spend_global,Netflix,2018,7-8,") && l.endsWith(",estimate,,world,IHS Markit"));
    }
}
