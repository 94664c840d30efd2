; torchsmt obligation div.vjp_eq_jvp_transpose@3_3 (lemma, op div, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((3,), (3,)) params {}, off kinks
(set-info :source |torchsmt lemma div.vjp_eq_jvp_transpose@3_3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun w_0 () Real)
(declare-fun div!7 () Real)
(declare-fun w_1 () Real)
(declare-fun div!8 () Real)
(declare-fun w_2 () Real)
(declare-fun div!9 () Real)
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!1 x1_0) x0_0))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!2 x1_0) (- 1.0 (* div!1 0.0))))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!3 x1_1) x0_1))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!4 x1_1) (- 0.0 (* div!3 0.0))))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!5 x1_2) x0_2))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!6 x1_2) (- 0.0 (* div!5 0.0))))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!7 x1_0) w_0))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!8 x1_1) w_1))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!9 x1_2) w_2))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let ((?x98 (* div!6 w_2)))
(let ((?x97 (* div!4 w_1)))
(let ((?x96 (* div!2 w_0)))
(let ((?x99 (+ ?x96 ?x97 ?x98)))
(let (($x100 (= ?x99 div!7)))
(not $x100)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun w_0 () Real)
(declare-fun div!7 () Real)
(declare-fun w_1 () Real)
(declare-fun div!8 () Real)
(declare-fun w_2 () Real)
(declare-fun div!9 () Real)
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!1 x1_0) x0_0))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!2 x1_0) (- 0.0 (* div!1 0.0))))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!3 x1_1) x0_1))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!4 x1_1) (- 1.0 (* div!3 0.0))))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!5 x1_2) x0_2))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!6 x1_2) (- 0.0 (* div!5 0.0))))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!7 x1_0) w_0))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!8 x1_1) w_1))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!9 x1_2) w_2))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let ((?x98 (* div!6 w_2)))
(let ((?x97 (* div!4 w_1)))
(let ((?x96 (* div!2 w_0)))
(let ((?x99 (+ ?x96 ?x97 ?x98)))
(let (($x113 (= ?x99 div!8)))
(not $x113)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun w_0 () Real)
(declare-fun div!7 () Real)
(declare-fun w_1 () Real)
(declare-fun div!8 () Real)
(declare-fun w_2 () Real)
(declare-fun div!9 () Real)
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!1 x1_0) x0_0))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!2 x1_0) (- 0.0 (* div!1 0.0))))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!3 x1_1) x0_1))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!4 x1_1) (- 0.0 (* div!3 0.0))))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!5 x1_2) x0_2))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!6 x1_2) (- 1.0 (* div!5 0.0))))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!7 x1_0) w_0))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!8 x1_1) w_1))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!9 x1_2) w_2))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let ((?x98 (* div!6 w_2)))
(let ((?x97 (* div!4 w_1)))
(let ((?x96 (* div!2 w_0)))
(let ((?x99 (+ ?x96 ?x97 ?x98)))
(let (($x120 (= ?x99 div!9)))
(not $x120)))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun w_0 () Real)
(declare-fun div!7 () Real)
(declare-fun w_1 () Real)
(declare-fun div!8 () Real)
(declare-fun w_2 () Real)
(declare-fun div!9 () Real)
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!1 x1_0) x0_0))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!2 x1_0) (- 0.0 (* div!1 1.0))))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!3 x1_1) x0_1))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!4 x1_1) (- 0.0 (* div!3 0.0))))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!5 x1_2) x0_2))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!6 x1_2) (- 0.0 (* div!5 0.0))))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!7 x1_0) w_0))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!8 x1_1) w_1))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!9 x1_2) w_2))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let ((?x78 (- (* div!7 div!1))))
(let ((?x98 (* div!6 w_2)))
(let ((?x97 (* div!4 w_1)))
(let ((?x96 (* div!2 w_0)))
(let ((?x99 (+ ?x96 ?x97 ?x98)))
(let (($x124 (= ?x99 ?x78)))
(not $x124))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun w_0 () Real)
(declare-fun div!7 () Real)
(declare-fun w_1 () Real)
(declare-fun div!8 () Real)
(declare-fun w_2 () Real)
(declare-fun div!9 () Real)
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!1 x1_0) x0_0))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!2 x1_0) (- 0.0 (* div!1 0.0))))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!3 x1_1) x0_1))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!4 x1_1) (- 0.0 (* div!3 1.0))))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!5 x1_2) x0_2))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!6 x1_2) (- 0.0 (* div!5 0.0))))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!7 x1_0) w_0))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!8 x1_1) w_1))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!9 x1_2) w_2))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let ((?x79 (- (* div!8 div!3))))
(let ((?x98 (* div!6 w_2)))
(let ((?x97 (* div!4 w_1)))
(let ((?x96 (* div!2 w_0)))
(let ((?x99 (+ ?x96 ?x97 ?x98)))
(let (($x129 (= ?x99 ?x79)))
(not $x129))))))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun w_0 () Real)
(declare-fun div!7 () Real)
(declare-fun w_1 () Real)
(declare-fun div!8 () Real)
(declare-fun w_2 () Real)
(declare-fun div!9 () Real)
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!1 x1_0) x0_0))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!2 x1_0) (- 0.0 (* div!1 0.0))))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!3 x1_1) x0_1))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!4 x1_1) (- 0.0 (* div!3 0.0))))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!5 x1_2) x0_2))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!6 x1_2) (- 0.0 (* div!5 1.0))))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!7 x1_0) w_0))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!8 x1_1) w_1))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!9 x1_2) w_2))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let ((?x80 (- (* div!9 div!5))))
(let ((?x98 (* div!6 w_2)))
(let ((?x97 (* div!4 w_1)))
(let ((?x96 (* div!2 w_0)))
(let ((?x99 (+ ?x96 ?x97 ?x98)))
(let (($x134 (= ?x99 ?x80)))
(not $x134))))))))
(check-sat)
