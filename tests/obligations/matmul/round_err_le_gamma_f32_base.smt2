; torchsmt obligation dot.round_err_le_gamma_f32_base (lemma, op matmul, f32_composite)
; one rounded product (a leaf): |fl(xy) - xy| <= gamma_1 (|xy| + eta) + eta
(set-info :source |torchsmt lemma dot.round_err_le_gamma_f32_base kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun d () Real)
(declare-fun e () Real)
(declare-fun g1 () Real)
(declare-fun P () Real)
(assert
 (>= (/ 1.0 16777216.0) (ite (>= d 0.0) d (- d))))
(assert
 (>= (/ 1.0 1427247692705959881058285969449495136382746624.0) (ite (>= e 0.0) e (- e))))
(assert
 (= (/ 1.0 16777216.0) (* g1 (- 1.0 (/ 1.0 16777216.0)))))
(assert
 (let ((?x27 (- (+ (* P (+ 1.0 d)) e) P)))
(let (($x37 (<= (ite (>= ?x27 0.0) ?x27 (- ?x27)) (+ (* g1 (+ (ite (>= P 0.0) P (- P)) (/ 1.0 1427247692705959881058285969449495136382746624.0))) (/ 1.0 1427247692705959881058285969449495136382746624.0)))))
(not $x37))))
(check-sat)
