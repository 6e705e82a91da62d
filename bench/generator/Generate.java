import java.nio.charset.StandardCharsets;
import java.security.spec.KeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Fills an EMPTY, already migrated Educa database (Flyway has run, no demo data) with a deterministic data set for
 * the benchmark. Single-file Java program; see bench/README.md.
 *
 * <pre>
 * java -cp h2.jar:postgresql.jar bench/generator/Generate.java --url=jdbc:h2:/path/educa --preset=large \
 *      [--subjects=N --instructors=N --courses=N --modules-per-course=N --contents-per-module=N
 *       --mix=text:40,video:30,file:15,image:15 --students=N --enrollments-per-student=N --completion=0.3
 *       --seed=N --media=DIR
 *       --user=educa --password=educa --batch=1000 --info=FILE]
 * </pre>
 *
 * Ids are assigned here from 1 upwards; at the end the sequence entity_seq is restarted at a multiple of 50 whose
 * whole EclipseLink block (value-49 .. value) lies above every generated id, so Educa's next ids cannot collide. That
 * holds for every table, module_completion included: all entities share entity_seq (BaseEntity, allocationSize 50).
 * Every user gets the same password hash (the bench student's password), computed once: fine for a benchmark.
 * With --media (Educa's media directory, EDUCA_MEDIA_DIR) every fourth course gets a cover, one of four small PNG
 * files written there under their content hash, as Educa stores covers (no random draw: the other rows stay the same).
 */
public class Generate {

    static final String BENCH_USER = "bench";
    static final String BENCH_PASSWORD = "Bench-Student-2026";
    static final int ITERATIONS = 210_000;
    /**
     * Every DRAFT_EVERY-th course (the 25th, 50th, ...: 4 %) is a draft, not in the catalog, as an instructor's
     * unfinished courses are. Chosen by position rather than by the random generator, so that the data set is the one
     * earlier versions wrote with the same seed; the first course (the bench's) is always published.
     */
    static final int DRAFT_EVERY = 25;

    static final String[] SUBJECT_WORDS = {"Mathematics", "Music", "Physics", "Programming", "Chemistry", "Biology",
        "History", "Geography", "Literature", "Philosophy", "Economics", "Art", "Design", "Languages", "Astronomy",
        "Statistics", "Medicine", "Law", "Engineering", "Photography"};
    static final String[] FIRST = {"Ada", "Alan", "Grace", "Linus", "Marie", "Niels", "Emmy", "Carl", "Clara", "Sofia",
        "Ravi", "Mei", "Omar", "Lena", "Tomas", "Yuki", "Amara", "Jonas", "Ines", "Kofi"};
    static final String[] LAST = {"Lovelace", "Turing", "Hopper", "Curie", "Bohr", "Noether", "Gauss", "Schumann",
        "Kovalevskaya", "Raman", "Chen", "Haddad", "Berg", "Novak", "Tanaka", "Okafor", "Weber", "Silva", "Mensah", "Ito"};
    static final String[] ADJ = {"Practical", "Applied", "Modern", "Introductory", "Advanced", "Essential", "Visual",
        "Hands-on", "Complete", "Gentle"};
    static final String[] NOUN = {"Foundations", "Techniques", "Principles", "Workshop", "Methods", "Masterclass",
        "Primer", "Essentials", "Projects", "Toolkit"};
    static final String[] VIDEOS = {"https://www.youtube.com/watch?v=kjBOesZCoqc", "https://youtu.be/WUvTyaaNkzM",
        "https://vimeo.com/76979871"};

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Arguments are --name=value, not " + arg);
            }
            opt.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        Map<String, String> p = preset(opt.getOrDefault("preset", "small"));
        p.putAll(opt);
        new Generate(p).run();
    }

    static Map<String, String> preset(String name) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("seed", "2026");
        p.put("mix", "text:40,video:30,file:15,image:15");
        p.put("user", "educa");
        p.put("password", "educa");
        p.put("batch", "1000");
        p.put("completion", "0.3"); // the share of their courses' modules students have marked done, on average
        switch (name) {
            case "small" -> { // the size of the demo data
                p.put("subjects", "4"); p.put("instructors", "2"); p.put("courses", "9");
                p.put("modules-per-course", "3"); p.put("contents-per-module", "2");
                p.put("students", "10"); p.put("enrollments-per-student", "2");
            }
            case "large" -> {
                p.put("subjects", "20"); p.put("instructors", "200"); p.put("courses", "2000");
                p.put("modules-per-course", "8"); p.put("contents-per-module", "4");
                p.put("students", "20000"); p.put("enrollments-per-student", "3");
            }
            case "huge" -> {
                p.put("subjects", "20"); p.put("instructors", "2000"); p.put("courses", "20000");
                p.put("modules-per-course", "8"); p.put("contents-per-module", "4");
                p.put("students", "200000"); p.put("enrollments-per-student", "3");
            }
            default -> throw new IllegalArgumentException("Presets: small, large, huge (not " + name + ")");
        }
        return p;
    }

    final Map<String, String> p;
    final Random random;
    /**
     * The learner's path (completions, last modules) draws from a stream of its own, so that every other row is the
     * very one the generator wrote before --completion existed (same seed, same courses, same enrollments).
     */
    final Random path;
    final int batch;
    final Instant base = Instant.parse("2026-01-01T00:00:00Z");
    long nextId = 1;
    /** The first and last name addUser gave the user it added last. */
    String lastUserName;
    Connection db;

    Generate(Map<String, String> p) {
        this.p = p;
        this.random = new Random(Long.parseLong(p.get("seed")));
        this.path = new Random(Long.parseLong(p.get("seed")) * 31 + 14);
        this.batch = num("batch");
    }

    int num(String key) {
        return Integer.parseInt(p.get(key));
    }

    void run() throws Exception {
        if (!p.containsKey("url")) {
            throw new IllegalArgumentException("--url=jdbc:h2:/path/educa or jdbc:postgresql://host/db is required");
        }
        int subjects = num("subjects"), instructors = num("instructors"), courses = num("courses");
        int modulesPer = num("modules-per-course"), contentsPer = num("contents-per-module");
        int students = num("students"), perStudent = Math.min(num("enrollments-per-student"), courses);
        if (subjects < 1 || instructors < 1 || courses < 1 || modulesPer < 1 || students < 0) {
            throw new IllegalArgumentException("At least one subject, instructor, course and module per course");
        }
        double completion = Double.parseDouble(p.get("completion"));
        if (!(completion >= 0 && completion <= 1)) {
            throw new IllegalArgumentException("--completion is a share between 0 and 1, not " + p.get("completion"));
        }
        String[] kinds = mix(p.get("mix"));
        System.out.println("Generating " + p);
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(p.get("url"), p.get("user"), p.get("password"))) {
            db = connection;
            db.setAutoCommit(false);
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM app_user")) {
                r.next();
                if (r.getLong(1) > 0) {
                    throw new IllegalStateException("The database is not empty: start Educa once on it with "
                            + "EDUCA_DEMO_DATA_ENABLED=false (Flyway creates the schema), then generate");
                }
            }
            String hash = hash(BENCH_PASSWORD);
            Timestamp created = Timestamp.from(base);

            // users: instructors, students, the bench student
            long[] instructorIds = new long[instructors];
            String[] instructorNames = new String[instructors]; // for the search index
            long[] studentIds = new long[students];
            Progress users = new Progress("users", instructors + students + 1L);
            try (PreparedStatement user = db.prepareStatement("INSERT INTO app_user (id, username, username_key, "
                    + "first_name, last_name, email, password_hash, active, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement role = db.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?,?)")) {
                for (int i = 0; i < instructors; i++) {
                    instructorIds[i] = addUser(user, role, String.format("instructor%05d", i + 1), "INSTRUCTOR", hash,
                            created, users);
                    instructorNames[i] = lastUserName;
                }
                for (int i = 0; i < students; i++) {
                    studentIds[i] = addUser(user, role, String.format("student%06d", i + 1), "STUDENT", hash, created,
                            users);
                }
                long benchId = addUser(user, role, BENCH_USER, "STUDENT", hash, created, users);
                flush(user, role);
                p.put("bench-user-id", Long.toString(benchId));
                benchStudent = benchId;
            }

            // subjects
            long[] subjectIds = new long[subjects];
            String[] subjectSlugs = new String[subjects];
            String[] subjectTitles = new String[subjects];
            try (PreparedStatement s = db.prepareStatement(
                    "INSERT INTO subject (id, title, slug, created, updated) VALUES (?,?,?,?,?)")) {
                for (int i = 0; i < subjects; i++) {
                    String title = SUBJECT_WORDS[i % SUBJECT_WORDS.length]
                            + (i >= SUBJECT_WORDS.length ? " " + (i / SUBJECT_WORDS.length + 1) : "");
                    subjectIds[i] = nextId++;
                    subjectSlugs[i] = title.toLowerCase(Locale.ROOT).replace(' ', '-');
                    subjectTitles[i] = title;
                    s.setLong(1, subjectIds[i]); s.setString(2, title); s.setString(3, subjectSlugs[i]);
                    s.setTimestamp(4, created); s.setTimestamp(5, created);
                    s.addBatch();
                }
                flush(s);
            }

            // courses, modules, contents
            long[] courseIds = new long[courses];
            long[] moduleIds = new long[courses * modulesPer]; // course c's modules in order: [c * modulesPer ...]
            Progress courseProgress = new Progress("courses (with modules and contents)", courses);
            long modules = 0, contents = 0, drafts = 0;
            long firstModule = 0;
            String firstSlug = null, firstSubject = null;
            String[] covers = p.containsKey("media") ? covers(java.nio.file.Path.of(p.get("media"))) : new String[0];
            try (PreparedStatement course = db.prepareStatement("INSERT INTO course (id, owner_id, subject_id, title, "
                    + "slug, overview, created, updated, published, overview_html, image) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement module = db.prepareStatement("INSERT INTO course_module (id, course_id, title, "
                    + "description, position, created, updated) VALUES (?,?,?,?,?,?,?)");
                 PreparedStatement content = db.prepareStatement("INSERT INTO content (id, kind, module_id, owner_id, "
                    + "title, position, body, url, file_name, original_name, media_type, file_size, created, updated, alt_text, "
                    + "transcript, body_html) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement term = db.prepareStatement("INSERT INTO course_term (term, course_id, origin) "
                    + "VALUES (?,?,?)")) {
                int pending = 0;
                for (int c = 0; c < courses; c++) {
                    long id = nextId++;
                    courseIds[c] = id;
                    int ownerIndex = random.nextInt(instructors);
                    long owner = instructorIds[ownerIndex];
                    int subject = random.nextInt(subjects);
                    String title = ADJ[random.nextInt(ADJ.length)] + " " + SUBJECT_WORDS[subject % SUBJECT_WORDS.length]
                            + " " + NOUN[random.nextInt(NOUN.length)] + " " + (c + 1);
                    String slug = title.toLowerCase(Locale.ROOT).replace(' ', '-');
                    // the first course is the newest, so it heads the catalog
                    Timestamp when = Timestamp.from(base.minusSeconds(60L * c + random.nextInt(60)));
                    course.setLong(1, id); course.setLong(2, owner); course.setLong(3, subjectIds[subject]);
                    course.setString(4, title); course.setString(5, slug);
                    String overview = "What you will learn in " + title + ".\nWeekly exercises, a final project "
                            + "and plenty of examples. Course number " + (c + 1) + ".";
                    course.setString(6, overview);
                    course.setString(10, plainHtml(overview));
                    course.setTimestamp(7, when); course.setTimestamp(8, when);
                    boolean draft = (c + 1) % DRAFT_EVERY == 0;
                    course.setBoolean(9, !draft);
                    drafts += draft ? 1 : 0;
                    course.setString(11, covers.length > 0 && c % 4 == 0 ? covers[c / 4 % covers.length] : null);
                    course.addBatch();
                    pending += addTerms(term, id, "T", title) + addTerms(term, id, "O", overview)
                            + addTerms(term, id, "S", subjectTitles[subject])
                            + addTerms(term, id, "I", instructorNames[ownerIndex]);
                    if (c == 0) {
                        firstSlug = slug;
                        firstSubject = subjectSlugs[subject];
                    }
                    for (int m = 0; m < modulesPer; m++) {
                        long moduleId = nextId++;
                        moduleIds[c * modulesPer + m] = moduleId;
                        if (c == 0 && m == 0) {
                            firstModule = moduleId;
                        }
                        module.setLong(1, moduleId); module.setLong(2, id); module.setString(3, "Module " + (m + 1)
                                + ": " + NOUN[random.nextInt(NOUN.length)]);
                        module.setString(4, "Part " + (m + 1) + " of " + title + ": read the notes, then try the "
                                + "exercises."); module.setInt(5, m);
                        module.setTimestamp(6, when); module.setTimestamp(7, when);
                        module.addBatch();
                        modules++;
                        for (int k = 0; k < contentsPer; k++) {
                            addContent(content, kinds[random.nextInt(kinds.length)], moduleId, owner, k, when);
                            contents++;
                        }
                    }
                    pending += 1 + modulesPer + modulesPer * contentsPer;
                    if (pending >= batch) {
                        flush(course, module, content, term);
                        pending = 0;
                    }
                    courseProgress.step();
                }
                flush(course, module, content, term);
            }

            // enrollments: every student in N distinct random courses; the bench student in the first course too.
            // With each, the learner's path: the first k modules marked done, k ~ Binomial(modules, completion) so
            // that on average the share holds, and the module opened last (the next one after those done; the last
            // when all are; for an untouched enrollment the first module or, half the time, none).
            long enrollments = 0, completions = 0, benchCompletions = 0;
            Progress enrolled = new Progress("students' enrollments and completions", students + 1L);
            try (PreparedStatement e = db.prepareStatement("INSERT INTO enrollment (id, course_id, student_id, created, "
                    + "updated, last_module_id, last_activity) VALUES (?,?,?,?,?,?,?)");
                 PreparedStatement done = db.prepareStatement("INSERT INTO module_completion (id, student_id, "
                    + "course_id, module_id, created, updated) VALUES (?,?,?,?,?,?)")) {
                int pending = 0;
                for (int s = 0; s <= students; s++) {
                    long student = s < students ? studentIds[s] : benchStudent;
                    Set<Integer> chosen = new LinkedHashSet<>(); // course indexes (same draws as course ids)
                    if (s == students) {
                        chosen.add(0);
                    }
                    while (chosen.size() < perStudent) {
                        chosen.add(random.nextInt(courses));
                    }
                    for (int c : chosen) {
                        long courseId = courseIds[c];
                        int first = c * modulesPer;
                        // which of the course's modules (positions) are done, and the one opened last (-1: none)
                        int from = 0, to, last;
                        if (s == students && c == 0) {
                            // the bench student in the course the benchmark pages use: some modules done, but not
                            // the first, which the pages show and the "mark" POST marks (its first POST changes
                            // something, the rest find it done)
                            from = 1;
                            to = modulesPer > 1 ? 1 + Math.max(1, modulesPer / 2) : 1; // positions 1 .. n/2
                            last = 0;
                        } else {
                            int k = 0;
                            for (int m = 0; m < modulesPer; m++) {
                                if (path.nextDouble() < completion) {
                                    k++;
                                }
                            }
                            to = k;
                            last = k == modulesPer ? k - 1 : k > 0 ? k : path.nextBoolean() ? 0 : -1;
                        }
                        // last activity: up to 90 days after enrolling; the completions spread over that time
                        long span = last < 0 ? 0 : 3600 + path.nextInt(90 * 24 * 3600);
                        Timestamp lastActivity = Timestamp.from(base.plusSeconds(span));
                        e.setLong(1, nextId++); e.setLong(2, courseId); e.setLong(3, student);
                        e.setTimestamp(4, created); e.setTimestamp(5, created);
                        if (last < 0) {
                            e.setNull(6, java.sql.Types.BIGINT);
                        } else {
                            e.setLong(6, moduleIds[first + last]);
                        }
                        e.setTimestamp(7, lastActivity);
                        e.addBatch();
                        enrollments++;
                        pending++;
                        int count = to - from;
                        for (int m = from; m < to; m++) {
                            Timestamp when = Timestamp.from(base.plusSeconds(span * (m - from + 1) / (count + 1)));
                            done.setLong(1, nextId++); done.setLong(2, student); done.setLong(3, courseId);
                            done.setLong(4, moduleIds[first + m]); done.setTimestamp(5, when); done.setTimestamp(6, when);
                            done.addBatch();
                            completions++;
                            pending++;
                        }
                        if (s == students && c == 0) {
                            benchCompletions = count;
                        }
                    }
                    if (pending >= batch) {
                        flush(e, done);
                        pending = 0;
                    }
                    enrolled.step();
                }
                flush(e, done);
            }
            // each course's student count, as enrolling and leaving keep it (issue 15: cards, overviews, sorting)
            try (Statement s = db.createStatement()) {
                s.executeUpdate("UPDATE course SET students = (SELECT COUNT(*) FROM enrollment e WHERE e.course_id = course.id)");
                // each subject's number of published courses (V15), as publishing keeps it
                s.executeUpdate("UPDATE subject SET published_courses = (SELECT COUNT(*) FROM course c "
                        + "WHERE c.subject_id = subject.id AND c.published = TRUE)");
            }

            long maxId = nextId - 1;
            long restart = (maxId / 50 + 2) * 50; // its block, restart-49 .. restart, lies above maxId
            try (Statement s = db.createStatement()) {
                s.execute("ALTER SEQUENCE entity_seq RESTART WITH " + restart);
            }
            db.commit();
            if (p.get("url").startsWith("jdbc:h2:")) {
                // H2 leaves a bulk load's file mostly empty (6.7 GB for the 310 MB of huge) and compacts it in the
                // background once opened again: during a benchmark, which then measured H2 tidying its file (the
                // young collections promoting its pages, a full collection every second). Compacted here, once.
                long compacting = System.nanoTime();
                try (Statement s = db.createStatement()) {
                    s.execute("SHUTDOWN COMPACT");
                }
                System.out.println("compacted in " + (System.nanoTime() - compacting) / 1_000_000 + " ms");
            }
            long ms = (System.nanoTime() - started) / 1_000_000;
            String info = "preset=" + p.getOrDefault("preset", "small") + "\nsubjects=" + subjects + "\ninstructors="
                    + instructors + "\ncourses=" + courses + "\ndrafts=" + drafts
                    + "\npublished_courses=" + (courses - drafts) + "\nmodules=" + modules + "\ncontents=" + contents
                    + "\nstudents=" + students + "\nenrollments=" + enrollments + "\ncompletion=" + completion
                    + "\ncompletions=" + completions + "\nbench_completions=" + benchCompletions
                    + "\nfirst_course_id=" + courseIds[0]
                    + "\nfirst_course_slug=" + firstSlug + "\nfirst_course_subject=" + firstSubject
                    + "\nfirst_module_id=" + firstModule + "\nbench_user=" + BENCH_USER + "\nbench_password="
                    + BENCH_PASSWORD + "\nmax_id=" + maxId + "\nsequence_restart=" + restart + "\nmillis=" + ms + "\n";
            System.out.print(info);
            if (p.containsKey("info")) {
                java.nio.file.Files.writeString(java.nio.file.Path.of(p.get("info")), info);
            }
            System.out.println("Done in " + ms + " ms");
        }
    }

    long benchStudent;

    long addUser(PreparedStatement user, PreparedStatement role, String username, String roleName, String hash,
            Timestamp created, Progress progress) throws SQLException {
        long id = nextId++;
        String first = FIRST[random.nextInt(FIRST.length)], last = LAST[random.nextInt(LAST.length)];
        lastUserName = first + " " + last;
        user.setLong(1, id); user.setString(2, username); user.setString(3, username.toLowerCase(Locale.ROOT));
        user.setString(4, first); user.setString(5, last); user.setString(6, username + "@example.org");
        user.setString(7, hash); user.setBoolean(8, true); user.setTimestamp(9, created); user.setTimestamp(10, created);
        user.addBatch();
        role.setLong(1, id); role.setString(2, roleName);
        role.addBatch();
        if (progress.step() % batch == 0) {
            flush(user, role);
        }
        return id;
    }

    static final Pattern MARKS = Pattern.compile("\\p{M}+");
    static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Adds a course's search terms from one of its texts (origin T title, O overview, S subject, I instructor) to the
     * batch: the rule of org.educa.business.catalog.SearchWords (letters and digits, lower case, without accents, cut
     * at 40 characters), repeated here because this program is a single file. Returns how many rows it added.
     */
    int addTerms(PreparedStatement term, long courseId, String origin, String text) throws SQLException {
        Set<String> terms = new LinkedHashSet<>();
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        for (String word : SEPARATORS.split(plain.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                terms.add(word.length() <= 40 ? word : word.substring(0, Character.isHighSurrogate(word.charAt(39)) ? 39 : 40));
            }
        }
        for (String t : terms) {
            term.setString(1, t); term.setLong(2, courseId); term.setString(3, origin);
            term.addBatch();
        }
        return terms.size();
    }

    void addContent(PreparedStatement c, String kind, long module, long owner, int position, Timestamp when)
            throws SQLException {
        long id = nextId++;
        c.setLong(1, id); c.setString(2, kind); c.setLong(3, module); c.setLong(4, owner);
        c.setInt(6, position);
        c.setNull(7, java.sql.Types.VARCHAR); c.setNull(8, java.sql.Types.VARCHAR); c.setNull(9, java.sql.Types.VARCHAR);
        c.setNull(10, java.sql.Types.VARCHAR); c.setNull(11, java.sql.Types.VARCHAR); c.setNull(12, java.sql.Types.BIGINT);
        c.setNull(15, java.sql.Types.VARCHAR); c.setNull(16, java.sql.Types.VARCHAR); c.setNull(17, java.sql.Types.VARCHAR);
        switch (kind) {
            case "TEXT" -> {
                c.setString(5, "Notes " + (position + 1));
                String body = "Read this page first, then work through the items below.\n\nKey idea number "
                        + random.nextInt(1000) + ": practise a little every day.\nTip: write your answers down "
                        + "<before> you check them.";
                c.setString(7, body);
                c.setString(17, plainHtml(body));
            }
            case "VIDEO" -> {
                c.setString(5, "Lecture " + (position + 1));
                c.setString(8, VIDEOS[random.nextInt(VIDEOS.length)]);
                c.setString(16, "Summary: what this lecture shows, in a few sentences.");
            }
            case "FILE" -> {
                c.setString(5, "Exercise sheet " + (position + 1));
                c.setString(9, "bench-" + id + ".txt"); c.setString(10, "exercises.txt");
                c.setString(11, "text/plain"); c.setLong(12, 1000 + random.nextInt(9000));
            }
            default -> {
                c.setString(5, "Diagram " + (position + 1));
                c.setString(9, "bench-" + id + ".png"); c.setString(10, "diagram.png");
                c.setString(11, "image/png"); c.setLong(12, 5000 + random.nextInt(50000));
                c.setString(15, "A diagram: six dots rising from left to right.");
            }
        }
        c.setTimestamp(13, when); c.setTimestamp(14, when);
        c.addBatch();
    }

    /**
     * The HTML Educa stores beside a text (org.educa.model.Markdown renders it when a text is saved) for the plain texts
     * written here, which use no Markdown: paragraphs split by blank lines, line breaks kept, characters escaped.
     */
    static String plainHtml(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            String escaped = paragraph.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    .replace("\"", "&quot;");
            html.append("<p>").append(escaped.replace("\n", "<br />\n")).append("</p>\n");
        }
        return html.toString();
    }

        void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
        db.commit();
    }

    /**
     * Four small landscape PNGs (stripes of a colour each) written to the media directory under the names Educa gives
     * covers: the first 32 hex digits of the SHA-256 of the bytes, and ".png".
     */
    static String[] covers(java.nio.file.Path media) throws Exception {
        java.nio.file.Files.createDirectories(media);
        int[] colours = {0x1D4ED8, 0x047857, 0xB45309, 0x6D28D9};
        String[] names = new String[colours.length];
        for (int i = 0; i < colours.length; i++) {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 180,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 180; y++) {
                for (int x = 0; x < 320; x++) {
                    image.setRGB(x, y, (x + y) / 24 % 2 == 0 ? colours[i] : colours[i] + 0x181818);
                }
            }
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", png);
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(png.toByteArray());
            names[i] = java.util.HexFormat.of().formatHex(hash, 0, 16) + ".png";
            java.nio.file.Files.write(media.resolve(names[i]), png.toByteArray());
        }
        return names;
    }

    /** "text:40,video:30,file:15,image:15" as 100 weighted slots of kinds. */
    static String[] mix(String spec) {
        List<String> slots = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] kv = part.split(":");
            String kind = kv[0].trim().toUpperCase(Locale.ROOT);
            if (!Set.of("TEXT", "VIDEO", "FILE", "IMAGE").contains(kind)) {
                throw new IllegalArgumentException("Kinds are text, video, file, image: " + kind);
            }
            for (int i = 0; i < Integer.parseInt(kv[1].trim()); i++) {
                slots.add(kind);
            }
        }
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("Empty mix: " + spec);
        }
        return slots.toArray(String[]::new);
    }

    /** Jakarta Security's (Soteria's) Pbkdf2PasswordHash format: algorithm:iterations:base64(salt):base64(hash). */
    String hash(String password) throws Exception {
        byte[] salt = new byte[32];
        random.nextBytes(salt);
        KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 32 * 8);
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA512:" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    /** Prints a line at every tenth of the way. */
    static class Progress {
        final String what;
        final long total;
        final long started = System.nanoTime();
        long done;

        Progress(String what, long total) {
            this.what = what;
            this.total = Math.max(total, 1);
        }

        long step() {
            done++;
            if (done * 10 / total != (done - 1) * 10 / total || done == total) {
                System.out.printf("  %-40s %9d / %d (%3d%%) %6d ms%n", what, done, total, done * 100 / total,
                        (System.nanoTime() - started) / 1_000_000);
            }
            return done;
        }
    }
}
