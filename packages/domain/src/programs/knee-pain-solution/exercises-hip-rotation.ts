/**
 * The four core exercises of the Knee Pain Solution: rotation of the hip trained across its
 * flexion angles, plus the foot set-up used for standing work. Wording is our own.
 */
import type { Exercise } from "../../schemas/exercise";

const INTERNAL_ROTATORS = [
  "Front fibres of the gluteus medius (outer hip)",
  "Gluteus minimus (deep outer hip)",
  "Pectineus and adductor brevis (short muscles high on the inner thigh)",
];

export const hipRotationExercises: Exercise[] = [
  {
    slug: "hip-axial-rotation",
    name: "Hip axial rotation at the wall",
    summary:
      "Standing on one leg with the other knee resting on a wall, you turn the thigh in and out at three hip angles. It rebuilds inward rotation where the hip muscles have the most leverage.",
    targetAreas: INTERNAL_ROTATORS,
    equipment: ["wall"],
    setup:
      "Stand facing a wall with your fingertips on it for balance. Raise one leg with the knee bent to a right angle and let the front of the knee touch the wall without pushing into it. Start with the thigh sloping down (about 45° from vertical).",
    steps: [
      "Turn the thigh inward, so the front of the thigh rolls toward your midline and the foot swings out. Hold the end position.",
      "Turn the thigh outward, so the front of the thigh rolls away from your midline and the foot swings in. Hold again.",
      "Raise the knee to about 70° and repeat both turns, then to about 90° (thigh level) and repeat once more.",
      "Lower the leg slowly, then do the same on the other side.",
    ],
    cues: [
      "Keep the pelvis level; the standing hip should not drop or hitch up.",
      "Think of the thigh bone spinning in place inside the hip joint.",
      "Look for a touch more turn on each hold, without forcing it.",
      "Grow tall through the standing leg.",
      "Control the leg on the way down instead of letting it drop.",
    ],
    mistakes: [
      "Twisting the trunk or pelvis to fake extra range.",
      "Leaning the knee into the wall instead of just touching it.",
      "Rushing through the holds.",
    ],
    safetyNotes: [
      "Pain in the knee means the twist is leaking into it: pause, make sure the thigh bone is doing the turning rather than the shin, and resume with less range.",
      "Cramping in the outer hip is common at first; rest and shake it out before continuing.",
    ],
    media: {},
    easierVariant: "lying-windscreen-wipers",
    substitutes: ["quadruped-hip-rotation"],
  },
  {
    slug: "ninety-ninety-liftoff",
    name: "90/90 liftoff",
    summary:
      "Seated in a 90/90 position on the floor, you lift the back ankle by turning the back thigh inward and hold it there. It strengthens inward rotation at the end of the range, where it is weakest.",
    targetAreas: INTERNAL_ROTATORS,
    equipment: ["mat"],
    setup:
      "Sit on the floor with both knees bent to roughly a right angle: the front leg rests on its outer side, the back leg on its inner side, and the thighs point about a quarter-turn apart. Put a hand on the floor behind you. Take a few slow breaths and settle before the first lift.",
    steps: [
      "Without leaning away, turn the back thigh inward so the back ankle rises off the floor.",
      "Hold the ankle up, breathing steadily.",
      "Lower the ankle slowly and let the muscles switch off gradually rather than all at once.",
      "Finish the reps and sets on one side, then swap the legs over.",
    ],
    cues: [
      "The lift starts at the hip; the foot just goes along for the ride.",
      "Ease into the lift and ease out of it.",
      "Keep the knee of the back leg on the floor.",
    ],
    mistakes: [
      "Tipping the trunk away from the back leg to lift the ankle higher.",
      "Lifting the knee along with the ankle.",
      "Dropping the ankle at the end of the hold.",
    ],
    safetyNotes: [
      "Knee pain is a signal to pause: check that the effort comes from the deep hip muscles rather than the knee, then resume with a gentler lift and raise it over the following sessions.",
      "Outer-hip cramps are common in the first sessions; rest between reps until they fade.",
    ],
    media: {},
    easierVariant: "ninety-ninety-settle",
    substitutes: ["reverse-clamshell"],
  },
  {
    slug: "band-hip-internal-rotation",
    name: "Band hip internal rotation (standing)",
    summary:
      "In a shallow athletic stance next to a band or cable anchor, you turn your whole body around one planted leg. It trains inward hip rotation with the foot on the ground, the way sport loads it.",
    targetAreas: INTERNAL_ROTATORS,
    equipment: ["band-or-cable"],
    setup:
      "Anchor a band, rope or cable at about navel height. Stand side-on to it with the band held at your belly, feet just outside shoulder width, a shallow bend at the hips and knees, and your chest proud. Set up the arch of the planted foot with the short-and-skinny foot drill.",
    steps: [
      "Put your weight on the leg farther from the anchor.",
      "Turn your pelvis and trunk together toward that leg, rotating over the planted foot, as the band tries to pull you back.",
      "Hold the turned position.",
      "Return slowly to the start. Finish the set, then face the other way to train the other leg.",
    ],
    cues: [
      "The planted knee stays over the middle of the foot; the hip does the turning.",
      "Keep the arch you set up; don't let the foot roll in.",
      "Stay tall and keep the slight knee bend throughout.",
    ],
    mistakes: [
      "Twisting only the upper body while the pelvis stays still.",
      "Letting the knee cave inward.",
      "Choosing a band so strong that you lose the stance.",
    ],
    safetyNotes: [
      "Use light resistance at first; the hold should be firm but not a struggle.",
      "Knee pain during the turn means too much load or range: lighten the band and shorten the turn.",
    ],
    media: {},
    easierVariant: "standing-hip-turn",
    substitutes: ["standing-hip-turn"],
  },
  {
    slug: "short-and-skinny-foot",
    name: "Short-and-skinny foot",
    summary:
      "A small foot drill that firms up the arch before standing exercises, giving the hip a stable base to rotate over.",
    targetAreas: ["Small muscles of the arch of the foot"],
    equipment: [],
    setup: "Stand or sit with the foot flat on the floor and the toes relaxed.",
    steps: [
      "Squeeze the ball of the foot narrower, drawing the big-toe and little-toe joints toward each other.",
      "Keeping that, pull the ball of the foot gently back toward the heel so the arch lifts a little.",
      "Hold, then relax fully.",
    ],
    cues: [
      "Toes stay long and soft; they should not curl or grip.",
      "The movement is small; think of shaping the foot, not lifting it.",
    ],
    mistakes: [
      "Clawing the toes to make the arch rise.",
      "Rolling onto the outer edge of the foot.",
    ],
    safetyNotes: ["A foot cramp is harmless; stop, stretch the toes and try again more gently."],
    media: {},
    substitutes: [],
  },
];
