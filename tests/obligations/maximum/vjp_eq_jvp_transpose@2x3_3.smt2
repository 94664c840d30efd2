; torchsmt obligation maximum.vjp_eq_jvp_transpose@2x3_3 (lemma, op maximum, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((2, 3), (3,)) params {}, off kinks
(set-info :source |torchsmt lemma maximum.vjp_eq_jvp_transpose@2x3_3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_0_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let ((?x59 (* w_0_0 (ite (>= x0_0_0 x1_0) 1.0 0.0))))
(let (($x112 (= (* w_0_0 (ite (<= x0_0_0 x1_0) 0.0 1.0)) ?x59)))
(not $x112))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_0_1 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let ((?x58 (* w_0_1 (ite (>= x0_0_1 x1_1) 1.0 0.0))))
(let (($x103 (= (* w_0_1 (ite (<= x0_0_1 x1_1) 0.0 1.0)) ?x58)))
(not $x103))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_0_2 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let ((?x57 (* w_0_2 (ite (>= x0_0_2 x1_2) 1.0 0.0))))
(let (($x110 (= (* w_0_2 (ite (<= x0_0_2 x1_2) 0.0 1.0)) ?x57)))
(not $x110))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_1_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let ((?x56 (* w_1_0 (ite (>= x0_1_0 x1_0) 1.0 0.0))))
(let (($x105 (= (* w_1_0 (ite (<= x0_1_0 x1_0) 0.0 1.0)) ?x56)))
(not $x105))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_1_1 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let ((?x55 (* w_1_1 (ite (>= x0_1_1 x1_1) 1.0 0.0))))
(let (($x108 (= (* w_1_1 (ite (<= x0_1_1 x1_1) 0.0 1.0)) ?x55)))
(not $x108))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_1_2 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let ((?x54 (* w_1_2 (ite (>= x0_1_2 x1_2) 1.0 0.0))))
(let (($x107 (= (* w_1_2 (ite (<= x0_1_2 x1_2) 0.0 1.0)) ?x54)))
(not $x107))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let ((?x79 (+ (- w_0_0 (* w_0_0 (ite (>= x0_0_0 x1_0) 1.0 0.0))) (- w_1_0 (* w_1_0 (ite (>= x0_1_0 x1_0) 1.0 0.0))))))
(let ((?x149 (+ (* w_0_0 (ite (<= x0_0_0 x1_0) 1.0 0.0)) (* w_1_0 (ite (<= x0_1_0 x1_0) 1.0 0.0)))))
(let (($x106 (= ?x149 ?x79)))
(not $x106)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_0_1 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let ((?x80 (+ (- w_0_1 (* w_0_1 (ite (>= x0_0_1 x1_1) 1.0 0.0))) (- w_1_1 (* w_1_1 (ite (>= x0_1_1 x1_1) 1.0 0.0))))))
(let ((?x155 (+ (* w_0_1 (ite (<= x0_0_1 x1_1) 1.0 0.0)) (* w_1_1 (ite (<= x0_1_1 x1_1) 1.0 0.0)))))
(let (($x109 (= ?x155 ?x80)))
(not $x109)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_1 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x1_2 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_0_2 () Real)
(assert
 (and (distinct x0_0_0 x1_0) true))
(assert
 (and (distinct x0_0_1 x1_1) true))
(assert
 (and (distinct x0_0_2 x1_2) true))
(assert
 (and (distinct x0_1_0 x1_0) true))
(assert
 (and (distinct x0_1_1 x1_1) true))
(assert
 (and (distinct x0_1_2 x1_2) true))
(assert
 (let ((?x81 (+ (- w_0_2 (* w_0_2 (ite (>= x0_0_2 x1_2) 1.0 0.0))) (- w_1_2 (* w_1_2 (ite (>= x0_1_2 x1_2) 1.0 0.0))))))
(let ((?x161 (+ (* w_0_2 (ite (<= x0_0_2 x1_2) 1.0 0.0)) (* w_1_2 (ite (<= x0_1_2 x1_2) 1.0 0.0)))))
(let (($x104 (= ?x161 ?x81)))
(not $x104)))))
(check-sat)
