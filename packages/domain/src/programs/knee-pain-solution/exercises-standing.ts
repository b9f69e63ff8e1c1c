/**
 * Standing exercises added for the later phases: the hip rotates over a planted foot and the knee
 * learns to stay a hinge under body weight, in positions closer to daily life and sport.
 */
import type { Exercise } from "../../schemas/exercise";

export const standingExercises: Exercise[] = [
  {
    slug: "standing-hip-turn",
    name: "Single-leg hip turn",
    summary:
      "Balancing on one leg, you turn your pelvis toward the standing leg and back. The body-weight version of the band rotation.",
    targetAreas: [
      "Front fibres of the gluteus medius (outer hip)",
      "Gluteus minimus (deep outer hip)",
      "Foot and ankle stabilisers",
    ],
    equipment: ["wall"],
    setup:
      "Stand side-on to a wall with a fingertip on it. Shift onto the leg farther from the wall, knee softly bent, and set the arch with the short-and-skinny foot drill.",
    steps: [
      "Turn the pelvis and chest together toward the standing leg, pivoting over that hip.",
      "Turn back past the start, then return to the middle. That is one rep.",
      "Finish the set, then face the other way.",
    ],
    cues: [
      "The knee stays pointing over the second toe.",
      "Let the hip turn; the foot stays still.",
    ],
    mistakes: ["Twisting from the waist only.", "Letting the arch collapse as you turn."],
    safetyNotes: ["Keep a hand on the wall until your balance is steady."],
    media: {},
    harderVariant: "band-hip-internal-rotation",
    substitutes: [],
  },
  {
    slug: "split-squat",
    name: "Split squat",
    summary:
      "A static lunge: feet split front and back, you lower and rise. It builds single-leg strength while teaching the knee to track straight.",
    targetAreas: ["Quadriceps", "Gluteus maximus", "Outer hip stabilisers"],
    equipment: [],
    setup:
      "Take a long step forward so both knees can bend to about a right angle. Keep the feet hip-width apart, like standing on two train rails.",
    steps: [
      "Lower the back knee toward the floor, keeping the trunk upright.",
      "Stop just above the floor or where the knee stays comfortable.",
      "Push through the front foot to rise. Finish the set, then swap legs.",
    ],
    cues: [
      "Front knee stays in line with the middle toes.",
      "Weight through the whole front foot.",
    ],
    mistakes: ["Front knee drifting inward.", "Feet on one line, which makes balance shaky."],
    safetyNotes: ["Shorten the depth if the front knee hurts; use a wall for balance."],
    media: {},
    harderVariant: "lateral-step-down",
    substitutes: [],
  },
  {
    slug: "lateral-step-down",
    name: "Lateral step-down",
    summary:
      "Standing side-on on a step, you lower the free heel toward the floor and rise again. Teaches the knee to stay on track while one leg controls the body.",
    targetAreas: ["Quadriceps", "Gluteus medius", "Gluteus maximus"],
    equipment: ["step"],
    setup:
      "Stand side-on on the edge of a low step with one foot on it and the other hanging beside the step. Hold a rail or wall if needed.",
    steps: [
      "Bend the standing knee and hip to lower the free heel toward the floor.",
      "Lightly touch the floor with the heel without putting weight on it.",
      "Straighten to rise. Finish the set, then change sides.",
    ],
    cues: ["Keep the pelvis level.", "Sit the hips back a little as the knee bends."],
    mistakes: ["The standing knee caving inward.", "Dropping onto the heel below."],
    safetyNotes: [
      "Start with the lowest step you have; pain at the front of the knee means go lower.",
    ],
    media: {},
    easierVariant: "split-squat",
    substitutes: [],
  },
  {
    slug: "athletic-stance-pivot",
    name: "Athletic-stance pivot",
    summary:
      "From a ready stance, you pivot your body around one planted leg and back, like landing and turning in court or field sports, with the hip doing the turning.",
    targetAreas: [
      "Front fibres of the gluteus medius (outer hip)",
      "Gluteus minimus (deep outer hip)",
      "Pectineus and adductor brevis (short muscles high on the inner thigh)",
    ],
    equipment: [],
    setup:
      "Stand with feet wider than your shoulders, knees and hips bent into a ready position, chest up. Set up the arch of each foot.",
    steps: [
      "Shift onto one leg and rotate your pelvis and trunk toward it, about a quarter-turn, pivoting over that hip.",
      "Pause briefly with the knee still pointing over the foot.",
      "Turn back to face forward. Finish the reps, then pivot over the other leg.",
    ],
    cues: [
      "Move like you're turning to chase a ball, but under control.",
      "Knee over toes, hip does the turn.",
    ],
    mistakes: [
      "Spinning on the foot and twisting the knee.",
      "Standing up out of the stance while turning.",
    ],
    safetyNotes: ["Go slowly at first and add speed only when every rep is pain-free."],
    media: {},
    easierVariant: "standing-hip-turn",
    substitutes: [],
  },
];
