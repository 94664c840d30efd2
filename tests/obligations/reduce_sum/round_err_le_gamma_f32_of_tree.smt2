; torchsmt obligation sum.round_err_le_gamma_f32_of_tree (lemma, op reduce_sum, f32_composite)
; inductive step, any summation order: joining two sub-sums of depth <= m with |err| <= gamma_m (T + n eta) + n eta gives depth m + 1 with gamma_{m+1}; the sequential order is the left-deep tree, and n products give depth <= n, so |err| <= gamma_n (T + n eta) + n eta <= gamma_n T + 2 n eta
(set-info :source |torchsmt lemma sum.round_err_le_gamma_f32_of_tree kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun na () Real)
(declare-fun Ta () Real)
(declare-fun ga () Real)
(declare-fun Ea () Real)
(declare-fun nb () Real)
(declare-fun Tb () Real)
(declare-fun gb () Real)
(declare-fun Eb () Real)
(declare-fun Sa () Real)
(declare-fun Sb () Real)
(declare-fun gm () Real)
(declare-fun gm1 () Real)
(declare-fun w () Real)
(assert
 (let ((?x20 (* na (/ 1.0 1427247692705959881058285969449495136382746624.0))))
 (let ((?x23 (+ (* ga (+ Ta ?x20)) ?x20)))
 (and (<= Ea ?x23) (<= (- Ea) ?x23)))))
(assert
 (let ((?x24 (* nb (/ 1.0 1427247692705959881058285969449495136382746624.0))))
 (let ((?x27 (+ (* gb (+ Tb ?x24)) ?x24)))
 (and (<= Eb ?x27) (<= (- Eb) ?x27)))))
(assert
 (and (<= Sa Ta) (<= (- Sa) Ta)))
(assert
 (and (<= Sb Tb) (<= (- Sb) Tb)))
(assert
 (>= na 1.0))
(assert
 (>= nb 1.0))
(assert
 (>= ga 0.0))
(assert
 (>= gb 0.0))
(assert
 (<= ga gm))
(assert
 (<= gb gm))
(assert
 (<= (+ (* gm (+ 1.0 (/ 1.0 16777216.0))) (/ 1.0 16777216.0)) gm1))
(assert
 (let ((?x24 (* nb (/ 1.0 1427247692705959881058285969449495136382746624.0))))
 (let ((?x27 (+ (* gb (+ Tb ?x24)) ?x24)))
 (let ((?x20 (* na (/ 1.0 1427247692705959881058285969449495136382746624.0))))
 (let ((?x23 (+ (* ga (+ Ta ?x20)) ?x20)))
 (let ((?x56 (+ Ta Tb)))
 (let ((?x59 (* (/ 1.0 16777216.0) (+ (+ ?x56 ?x23) ?x27))))
 (and (<= w ?x59) (<= (- w) ?x59)))))))))
(assert
 (let ((?x67 (* (+ na nb) (/ 1.0 1427247692705959881058285969449495136382746624.0))))
(let ((?x70 (+ (* gm1 (+ (+ Ta Tb) ?x67)) ?x67)))
(let (($x74 (and (<= (+ (+ Ea Eb) w) ?x70) (<= (- (+ (+ Ea Eb) w)) ?x70))))
(not $x74)))))
(check-sat)
