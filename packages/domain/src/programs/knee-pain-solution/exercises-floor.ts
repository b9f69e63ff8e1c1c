/**
 * Floor and seated exercises added for the early phases: gentler ways into hip rotation, and
 * bridges to load the hip without twisting the knee.
 */
import type { Exercise } from "../../schemas/exercise";

export const floorExercises: Exercise[] = [
  {
    slug: "lying-windscreen-wipers",
    name: "Lying windscreen wipers",
    summary:
      "Lying on your back with knees bent, you let both knees sway side to side. A gentle way to move the hips through rotation with no body weight on them.",
    targetAreas: ["Hip rotators on both sides", "Lower back (gentle movement)"],
    equipment: ["mat"],
    setup:
      "Lie on your back, knees bent, feet flat and set wider than your hips. Rest your arms out to the sides.",
    steps: [
      "Let both knees tip slowly to one side, as far as is comfortable.",
      "Bring them back through the middle and over to the other side.",
      "Each trip to one side and back counts as one rep.",
    ],
    cues: [
      "Keep the shoulders heavy on the floor.",
      "Move smoothly, like a pendulum slowing down.",
    ],
    mistakes: ["Throwing the knees over quickly.", "Lifting the opposite shoulder to go further."],
    safetyNotes: ["Stay in a pain-free range; this should feel easy."],
    media: {},
    harderVariant: "hip-axial-rotation",
    substitutes: [],
  },
  {
    slug: "ninety-ninety-settle",
    name: "90/90 settle and breathe",
    summary:
      "Simply sitting in the 90/90 position and breathing. Lets the hips get used to the position before any lifting.",
    targetAreas: ["Hip rotators of both legs"],
    equipment: ["mat"],
    setup:
      "Sit on the floor with both knees bent to roughly a right angle, front leg resting on its outer side, back leg on its inner side. Use your hands behind you or a cushion under your seat if you need it.",
    steps: [
      "Sit tall and breathe slowly, letting the hips sink toward the floor.",
      "Stay for the hold time without forcing anything.",
      "Swap the legs over and repeat.",
    ],
    cues: ["Exhale slowly and let the hips relax a little more each breath."],
    mistakes: ["Leaning far back to escape the position.", "Holding your breath."],
    safetyNotes: [
      "A stretch in the hip is fine; pain in the knee is not — add a cushion or ease off.",
    ],
    media: {},
    harderVariant: "ninety-ninety-liftoff",
    substitutes: [],
  },
  {
    slug: "seated-hip-rotation-press",
    name: "Seated hip rotation press",
    summary:
      "Sitting on a chair, you press the outside of one foot against a fixed object as if turning the thigh inward. A static contraction that wakes up the inward rotators without moving the joint.",
    targetAreas: [
      "Front fibres of the gluteus medius (outer hip)",
      "Gluteus minimus (deep outer hip)",
    ],
    equipment: ["chair", "wall"],
    setup:
      "Sit near a wall or a heavy piece of furniture with knees and hips at right angles. Place the outer edge of one foot against it.",
    steps: [
      "Keeping the thigh still, press the foot outward into the wall, as if turning the thigh inward.",
      "Build the press up over a couple of seconds and hold it.",
      "Release slowly. Complete the reps, then switch legs.",
    ],
    cues: ["Press at about half your effort to begin with.", "Sit tall without leaning."],
    mistakes: [
      "Pushing with the whole leg instead of turning the thigh.",
      "Letting the knee drift.",
    ],
    safetyNotes: ["If the knee aches, reduce the effort until it doesn't."],
    media: {},
    harderVariant: "reverse-clamshell",
    substitutes: [],
  },
  {
    slug: "reverse-clamshell",
    name: "Reverse clamshell",
    summary:
      "Lying on your side with knees together, you lift the top foot toward the ceiling. The top hip turns inward against gravity.",
    targetAreas: [
      "Front fibres of the gluteus medius (outer hip)",
      "Gluteus minimus (deep outer hip)",
    ],
    equipment: ["mat"],
    setup:
      "Lie on your side with hips and knees bent to about 45° and 90°, knees and ankles stacked. Rest your head on your arm.",
    steps: [
      "Keeping the knees touching, lift the top foot up and away from the bottom foot.",
      "Pause at the top.",
      "Lower the foot slowly. Finish the set, then turn over.",
    ],
    cues: [
      "Keep the hips stacked; don't roll backward.",
      "The knees act as a hinge and stay together.",
    ],
    mistakes: ["Rolling the pelvis back to lift higher.", "Swinging the foot up quickly."],
    safetyNotes: ["Any pain on the inside of the knee: make the lift smaller."],
    media: {},
    easierVariant: "seated-hip-rotation-press",
    substitutes: [],
  },
  {
    slug: "quadruped-hip-rotation",
    name: "Quadruped hip rotation",
    summary:
      "On hands and knees, you swing one foot out and in while the knee stays planted, turning that hip in and out in a supported position.",
    targetAreas: ["Hip rotators", "Deep outer hip"],
    equipment: ["mat"],
    setup:
      "Kneel on all fours with hands under shoulders and knees under hips. Keep a neutral spine.",
    steps: [
      "Keeping the knee on the floor, swing the lower leg outward; the hip turns inward.",
      "Bring it back past the middle and swing it inward; the hip turns outward.",
      "Complete the reps in each direction, then change legs.",
    ],
    cues: ["The pelvis stays square to the floor.", "Move only as far as the hip allows."],
    mistakes: ["Shifting the hips sideways to swing further.", "Arching the lower back."],
    safetyNotes: ["Use padding under the knees if kneeling is uncomfortable."],
    media: {},
    easierVariant: "lying-windscreen-wipers",
    substitutes: [],
  },
  {
    slug: "glute-bridge",
    name: "Glute bridge",
    summary: "Lying on your back, you lift the hips into a straight line from shoulders to knees.",
    targetAreas: ["Gluteus maximus", "Hamstrings"],
    equipment: ["mat"],
    setup: "Lie on your back with knees bent, feet flat and hip-width apart, arms by your sides.",
    steps: [
      "Press through the heels and lift the hips until the body is in a line from shoulders to knees.",
      "Pause briefly at the top.",
      "Lower slowly, one segment of the spine at a time.",
    ],
    cues: [
      "Knees point straight ahead over the feet.",
      "Squeeze the buttocks rather than arching the back.",
    ],
    mistakes: ["Over-arching the lower back at the top.", "Letting the knees fall in or out."],
    safetyNotes: ["Cramping in the back of the thigh: bring the feet a little closer to the hips."],
    media: {},
    harderVariant: "single-leg-bridge",
    substitutes: [],
  },
  {
    slug: "single-leg-bridge",
    name: "Single-leg bridge",
    summary:
      "A bridge on one leg, with the other held up, so each hip works alone and stays level.",
    targetAreas: ["Gluteus maximus", "Gluteus medius", "Hamstrings"],
    equipment: ["mat"],
    setup:
      "Lie on your back with knees bent and feet flat. Lift one foot and hold that knee above the hip.",
    steps: [
      "Press through the heel of the planted foot and lift the hips.",
      "Keep both sides of the pelvis at the same height at the top.",
      "Lower slowly. Finish the set, then change legs.",
    ],
    cues: ["Picture a glass of water resting on your belly that must not spill."],
    mistakes: ["Letting the hip of the lifted leg sag.", "Pushing through the toes."],
    safetyNotes: ["If you cannot keep the pelvis level, go back to the two-leg bridge."],
    media: {},
    easierVariant: "glute-bridge",
    substitutes: [],
  },
];
