; torchsmt obligation dot.fma_round_err_le_gamma_f32_step (lemma, op matmul, f32_composite)
; the step for a fused multiply-add acc = fma(x, y, acc) (BLAS deployment kernels)
(set-info :source |torchsmt lemma dot.fma_round_err_le_gamma_f32_step kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun na () Real)
(declare-fun Ta () Real)
(declare-fun gm () Real)
(declare-fun Ea () Real)
(declare-fun Sa () Real)
(declare-fun Pa () Real)
(declare-fun P () Real)
(declare-fun gm1 () Real)
(declare-fun d () Real)
(declare-fun e () Real)
(assert
 (let ((?x17 (* na (/ 1.0 1427247692705959881058285969449495136382746624.0))))
 (let ((?x20 (+ (* gm (+ Ta ?x17)) ?x17)))
 (and (<= Ea ?x20) (<= (- Ea) ?x20)))))
(assert
 (and (<= Sa Ta) (<= (- Sa) Ta)))
(assert
 (>= na 1.0))
(assert
 (>= gm 0.0))
(assert
 (and (<= P Pa) (<= (- P) Pa)))
(assert
 (<= (+ (* gm (+ 1.0 (/ 1.0 16777216.0))) (/ 1.0 16777216.0)) gm1))
(assert
 (and (>= (/ 1.0 16777216.0) d) (>= (/ 1.0 16777216.0) (- d))))
(assert
 (and (>= (/ 1.0 1427247692705959881058285969449495136382746624.0) e) (>= (/ 1.0 1427247692705959881058285969449495136382746624.0) (- e))))
(assert
 (let ((?x58 (* (+ na 1.0) (/ 1.0 1427247692705959881058285969449495136382746624.0))))
(let ((?x61 (+ (* gm1 (+ (+ Ta Pa) ?x58)) ?x58)))
(let ((?x54 (+ Sa P)))
(let ((?x55 (- (+ (* (+ (+ Sa Ea) P) (+ 1.0 d)) e) ?x54)))
(let (($x65 (and (<= ?x55 ?x61) (<= (- ?x55) ?x61))))
(not $x65)))))))
(check-sat)
