package org.educa.config.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.educa.business.account.UserService;
import org.educa.business.authoring.CourseCovers;
import org.educa.business.authoring.ImageType;
import org.educa.business.catalog.SubjectCourseCounts;
import org.educa.business.media.MediaStorage;
import org.educa.model.Course;
import org.educa.model.Enrollment;
import org.educa.model.ModuleCompletion;
import org.educa.model.FileContent;
import org.educa.model.ImageContent;
import org.educa.model.Module;
import org.educa.model.Role;
import org.educa.model.StoredFile;
import org.educa.model.Subject;
import org.educa.model.TextContent;
import org.educa.model.User;
import org.educa.model.VideoContent;

/**
 * Fills an empty database with a small, believable catalog: four subjects, two instructors, nine courses of
 * three modules each with every kind of content, an administrator and a student. The accounts are listed in
 * README.md.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Harbour-Lights-47";
    public static final String INSTRUCTOR = "ada";
    public static final String INSTRUCTOR_PASSWORD = "Analytical-Engine-1843";
    public static final String SECOND_INSTRUCTOR = "clara";
    public static final String SECOND_INSTRUCTOR_PASSWORD = "Romance-In-F-Minor";
    public static final String STUDENT = "sam";
    public static final String STUDENT_PASSWORD = "Study-Every-Day-26";

    private static final List<String[]> SUBJECTS = List.of(
            new String[] {"Mathematics", "mathematics"},
            new String[] {"Music", "music"},
            new String[] {"Physics", "physics"},
            new String[] {"Programming", "programming"});

    /** The one demo course still a draft: ada's, ready to publish from "Courses I teach". */
    public static final String DRAFT = "statistics-in-practice";

    /** Subject slug, owner, title, slug, overview; every course published but {@link #DRAFT}. */
    private static final List<String[]> COURSES = List.of(
            new String[] {"mathematics", INSTRUCTOR, "Linear Algebra Foundations", "linear-algebra-foundations",
                "Vectors, matrices and the linear maps between them.\nEach module ends with exercises you can check "
                        + "yourself."},
            new String[] {"mathematics", INSTRUCTOR, "Calculus I: Limits and Derivatives", "calculus-one",
                "A first course in calculus.\nWe build limits carefully, then use them to define derivatives."},
            new String[] {"mathematics", INSTRUCTOR, "Probability for Everyone", "probability-for-everyone",
                "Chance, counting and expectation, with examples from games and everyday life."},
            new String[] {"music", SECOND_INSTRUCTOR, "Harmony for Beginners", "harmony-for-beginners",
                "Scales, intervals and chords.\nBy the end you will harmonise a simple melody in four parts."},
            new String[] {"music", SECOND_INSTRUCTOR, "Piano Technique", "piano-technique",
                "Posture, fingering and practice routines for pianists who already read music."},
            new String[] {"physics", INSTRUCTOR, "Classical Mechanics", "classical-mechanics",
                "Newton's laws, energy and momentum, and the motion of planets."},
            new String[] {"physics", SECOND_INSTRUCTOR, "Waves and Sound", "waves-and-sound",
                "How vibrations travel, why instruments sound as they do, and what a decibel is."},
            new String[] {"programming", INSTRUCTOR, "Python for Beginners", "python-for-beginners",
                "Your first programs in Python.\nNo experience needed: we start with variables and end with a small "
                        + "game."},
            new String[] {"programming", INSTRUCTOR, "Jakarta EE Web Applications", "jakarta-ee-web-applications",
                "Build a web application with Jakarta Faces, JPA and CDI, and deploy it to Payara."},
            new String[] {"mathematics", INSTRUCTOR, "Statistics in Practice", DRAFT,
                "Samples, averages and spread, and how to tell a real effect from chance.\nStill being written."});

    private static final String[] MODULE_TITLES = {"Getting started", "Core ideas", "Putting it to work"};

    private static final String[] VIDEOS = {
        "https://www.youtube.com/watch?v=kjBOesZCoqc",
        "https://youtu.be/WUvTyaaNkzM",
        "https://vimeo.com/76979871"
    };

    private final EntityManager em;
    private final UserService users;
    private final MediaStorage media;
    private final SubjectCourseCounts counts;

    @Inject
    public DemoData(EntityManager em, UserService users, MediaStorage media, SubjectCourseCounts counts) {
        this.em = em;
        this.users = users;
        this.media = media;
        this.counts = counts;
    }

    /** For the CDI proxy only. */
    protected DemoData() {
        this(null, null, null, null);
    }

    /** The demo address of a demo account ({@code sam@educa.example}: a domain that never receives mail), confirmed. */
    public static String emailOf(String username) {
        return username + "@educa.example";
    }

    private static User confirmed(User user) {
        user.setEmail(emailOf(user.getUsername()));
        user.setEmailVerified(true);
        return user;
    }

    @Transactional
    public void loadIntoEmptyDatabase() {
        if (users.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        confirmed(users.create(ADMIN, ADMIN_PASSWORD, "Grace", "Hopper", Role.ADMIN, Role.INSTRUCTOR));
        Map<String, User> owners = Map.of(
                INSTRUCTOR, confirmed(users.create(INSTRUCTOR, INSTRUCTOR_PASSWORD, "Ada", "Lovelace", Role.INSTRUCTOR)),
                SECOND_INSTRUCTOR, confirmed(users.create(SECOND_INSTRUCTOR, SECOND_INSTRUCTOR_PASSWORD, "Clara",
                        "Schumann", Role.INSTRUCTOR)));
        User student = confirmed(users.create(STUDENT, STUDENT_PASSWORD, "Sam", "Student"));

        Map<String, Subject> subjects = new HashMap<>();
        for (String[] row : SUBJECTS) {
            Subject subject = new Subject(row[0], row[1]);
            em.persist(subject);
            subjects.put(row[1], subject);
        }
        int number = 0;
        for (String[] row : COURSES) {
            Course course = new Course(owners.get(row[1]), subjects.get(row[0]), row[2], row[3], row[4]);
            course.setPublished(!DRAFT.equals(row[3]));
            if (number % 3 == 0) { // a few courses have a cover; the others show their initials
                course.setImage(cover(number));
            }
            em.persist(course);
            Module first = addModules(course, number++);
            if (number <= 2) {
                em.persist(new Enrollment(course, student));
                em.flush(); // the course's row is there to count its student (as enrolling does)
                em.createNamedQuery("Course.countStudent").setParameter("courseId", course.getId())
                        .setParameter("change", 1).executeUpdate();
            }
            if (number == 1) {
                em.persist(new ModuleCompletion(student, course, first)); // Sam is one module into the first course
            }
        }
        counts.recount(); // the sidebar's numbers, as publishing keeps them
        LOG.info(() -> "Demo data loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms: " + SUBJECTS.size()
                + " subjects, " + COURSES.size() + " courses; accounts are listed in README.md");
    }

    /** Adds the course's modules with an item of each kind among them; the first module. */
    private Module addModules(Course course, int courseNumber) {
        User owner = course.getOwner();
        Module first = null;
        for (int position = 0; position < MODULE_TITLES.length; position++) {
            String title = MODULE_TITLES[position];
            Module module = new Module(course, title,
                    title + " of " + course.getTitle() + ": read the notes, then try the exercises.", position);
            em.persist(module);
            first = first == null ? module : first;
            int item = 0;
            em.persist(new TextContent(module, owner, "Notes: " + title.toLowerCase(), item++,
                    "Welcome to \"" + title + "\".\n\nRead this page first, then work through the items below.\n"
                            + "Tip: write your answers down <before> you check them."));
            switch ((courseNumber + position) % 3) {
                case 0 -> em.persist(new ImageContent(module, owner, "Diagram for " + title.toLowerCase(), item,
                        image(course.getTitle(), title), "A diagram headed \"" + course.getTitle() + " - " + title
                                + "\": six dots rising from left to right."));
                case 1 -> em.persist(new FileContent(module, owner, "Exercise sheet", item,
                        exerciseSheet(course.getTitle(), title)));
                default -> em.persist(new VideoContent(module, owner, "Lecture: " + title.toLowerCase(), item,
                        VIDEOS[courseNumber % VIDEOS.length], "Summary: a short lecture on " + title.toLowerCase()
                                + ". Turn on the player's captions for the full text."));
            }
        }
        return first;
    }

    private StoredFile exerciseSheet(String course, String module) {
        String text = course + " - " + module + "\n\nExercises\n\n1. Summarise this module in three sentences.\n"
                + "2. Explain the main idea to a friend.\n3. Make up one question of your own and answer it.\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String name = media.store(bytes, "txt");
        return new StoredFile(name, "exercises.txt", "text/plain", bytes.length);
    }

    /** A cover: a small landscape PNG of circles on a colour of its own, stored under its content hash. */
    private String cover(int courseNumber) {
        int[] colours = {0x1D4ED8, 0x047857, 0xB45309, 0x6D28D9};
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(colours[courseNumber / 3 % colours.length]));
        g.fillRect(0, 0, 640, 360);
        g.setColor(new Color(255, 255, 255, 70));
        for (int i = 0; i < 5; i++) {
            int size = 60 + 40 * ((i + courseNumber) % 4);
            g.fillOval(40 + i * 120, 200 - i * 30 - size / 2, size, size);
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = CourseCovers.storedName(png.toByteArray(), ImageType.PNG);
        media.storeAs(png.toByteArray(), name);
        return name;
    }

    private StoredFile image(String course, String module) {
        BufferedImage image = new BufferedImage(480, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xEEF2FF));
        g.fillRect(0, 0, 480, 240);
        g.setColor(new Color(0x6366F1));
        for (int i = 0; i < 6; i++) {
            g.fillOval(40 + i * 70, 150 - i * 18, 24, 24);
        }
        g.setColor(new Color(0x1E293B));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        g.drawString(course, 24, 40);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        g.drawString(module, 24, 66);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = media.store(png.toByteArray(), "png");
        return new StoredFile(name, "diagram.png", "image/png", png.size());
    }
}
